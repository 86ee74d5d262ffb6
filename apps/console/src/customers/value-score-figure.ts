/** A value score as the figures show it: "33 / 100", "—" when it could not be measured. */
export const valueScoreText = (score: number | null | undefined) => (score == null ? '—' : `${Math.round(score)} / 100`);
