import type { ExperimentTally } from './store.ts';

/**
 * A row of either engine's tally statement: people counted per variant pair, exposed or converted; and one `first`
 * row whose `people` is the earliest exposure's time (ms), null when there is none.
 */
export interface TallyRow {
  kind: 'exposed' | 'converted' | 'first';
  variant_min: string;
  variant_max: string;
  people: number | null;
}

/**
 * Folds the tally statement's rows into the contract's answer: a person whose variants differ (min ≠ max) was exposed
 * to more than one and is excluded and counted; variants in variant order, whatever order the engine returned.
 */
export function tallyFromRows(rows: readonly TallyRow[]): ExperimentTally {
  const variants = new Map<string, { variant: string; exposed: number; converted: number }>();
  let excludedMultipleExposure = 0;
  let firstExposureMs: number | null = null;
  for (const row of rows) {
    if (row.kind === 'first') {
      firstExposureMs = row.people === null ? null : Number(row.people);
      continue;
    }
    if (row.variant_min !== row.variant_max) {
      excludedMultipleExposure += row.people ?? 0;
      continue;
    }
    const counts = variants.get(row.variant_min) ?? { variant: row.variant_min, exposed: 0, converted: 0 };
    counts[row.kind] = row.people ?? 0;
    variants.set(row.variant_min, counts);
  }
  return {
    variants: [...variants.values()].sort((a, b) => (a.variant < b.variant ? -1 : Number(a.variant > b.variant))),
    excludedMultipleExposure,
    firstExposureMs,
  };
}
