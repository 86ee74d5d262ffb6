/** `part / whole` rounded to 3 decimals, as every report share and rate is; null when `whole` is 0 (nothing to divide). */
export const reportRatio = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 1000 : null);
