import { fnv1a32 } from './fnv1a32.ts';

/**
 * GrowthBook's deterministic bucketing hash, a number in [0, 1). Version 2 is unbiased (double hash, 4 decimals);
 * version 1 is the original (value before seed, 3 decimals), kept so existing experiments keep their users.
 * Any other version yields null.
 */
export function hash(seed: string, value: string, version: number): number | null {
  if (version === 2) return (fnv1a32(String(fnv1a32(seed + value))) % 10000) / 10000;
  if (version === 1) return (fnv1a32(value + seed) % 1000) / 1000;
  return null;
}
