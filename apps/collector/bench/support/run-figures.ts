// The arithmetic and wording every collector benchmark's report shares.
import { loadavg } from 'node:os';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The value below which `share` (0–1) of the values lie (nearest rank). */
export const percentile = (values: readonly number[], share: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
};

/** The 1-minute load average, two decimals. */
export const loadNow = (): number => Math.round(loadavg()[0]! * 100) / 100;

export const whole = (value: number): string => Math.round(value).toLocaleString('en');

export const mark = (met: boolean): string => (met ? '✓' : '✗');

export const today = (): string => new Date().toISOString().slice(0, 16).replace('T', ' ');
