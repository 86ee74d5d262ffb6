/** Epoch milliseconds as the ISO string a reason's times are given in. */
export const isoTime = (ms: number): string => new Date(ms).toISOString();
