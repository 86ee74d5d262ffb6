import type { ExperimentTally } from '../store/store.ts';

const DAY = 86_400_000;

/** The tally as it stood at `until`, a UTC day's end: the per-day counts of the days before it, summed. */
export function tallyUntil(tally: ExperimentTally, until: number): ExperimentTally {
  const variants = new Map<string, { variant: string; exposed: number; converted: number }>();
  for (const day of tally.days) {
    if (day.dayMs + DAY > until) continue;
    const counts = variants.get(day.variant) ?? { variant: day.variant, exposed: 0, converted: 0 };
    counts.exposed += day.exposed;
    counts.converted += day.converted;
    variants.set(day.variant, counts);
  }
  return {
    ...tally,
    variants: tally.variants.map((row) => variants.get(row.variant) ?? { variant: row.variant, exposed: 0, converted: 0 }),
    days: tally.days.filter((day) => day.dayMs + DAY <= until),
  };
}
