/** Amounts are minor units of the project's currency (SPEC §9): 2662 is 26.62. */
export const money = (minor: number | null) =>
  minor === null ? '—' : (minor / 100).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
