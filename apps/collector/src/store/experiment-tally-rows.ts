import type { ExperimentTally } from './store.ts';

const DAY = 86_400_000;

/**
 * A row of either engine's tally statement: people counted per variant pair and UTC day (days since the epoch),
 * exposed or converted; and one `first` row whose `people` is the earliest exposure's time (ms), null when there is none.
 */
export interface TallyRow {
  kind: 'exposed' | 'converted' | 'first';
  variant_min: string;
  variant_max: string;
  day: number;
  people: number | null;
}

type Counts = { exposed: number; converted: number };

const byKey = <T extends { variant: string }>(a: T, b: T) => (a.variant < b.variant ? -1 : Number(a.variant > b.variant));

/**
 * Folds the tally statement's rows into the contract's answer: a person whose variants differ (min ≠ max) was exposed
 * to more than one and is excluded and counted; variants in variant order, whatever order the engine returned; and the
 * same counts per day.
 */
export function tallyFromRows(rows: readonly TallyRow[]): ExperimentTally {
  const variants = new Map<string, Counts & { variant: string }>();
  const days = new Map<string, Counts & { dayMs: number; variant: string }>();
  let excludedMultipleExposure = 0;
  let firstExposureMs: number | null = null;
  for (const row of rows) {
    if (row.kind === 'first') {
      firstExposureMs = row.people === null ? null : Number(row.people);
      continue;
    }
    const people = Number(row.people ?? 0);
    if (row.variant_min !== row.variant_max) {
      excludedMultipleExposure += people;
      continue;
    }
    const counts = variants.get(row.variant_min) ?? { variant: row.variant_min, exposed: 0, converted: 0 };
    counts[row.kind] += people;
    variants.set(row.variant_min, counts);
    const dayMs = Number(row.day) * DAY;
    const key = `${dayMs} ${row.variant_min}`;
    const day = days.get(key) ?? { dayMs, variant: row.variant_min, exposed: 0, converted: 0 };
    day[row.kind] += people;
    days.set(key, day);
  }
  return {
    variants: [...variants.values()].sort(byKey),
    excludedMultipleExposure,
    firstExposureMs,
    days: [...days.values()].sort((a, b) => a.dayMs - b.dayMs || byKey(a, b)),
  };
}
