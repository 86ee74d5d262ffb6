import type { ChurnReport } from '@growthkit/core';
import type { ChurnTally, ReportRange, TraitSegment } from '../store/store.ts';
import { reportRatio } from './report-ratio.ts';

const OUTCOMES = ['saved', 'cancelled', 'dismissed', 'proceed'] as const;
type Outcome = (typeof OUTCOMES)[number];

/** most first; ties by name, so the order is stable */
const mostFirst = (a: [string | null, number], b: [string | null, number]) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]));

/**
 * The churn report (SPEC §9) from the cancel-flow outcomes of a range: each reason's share of the decided outcomes
 * (saved + cancelled), the save rate saved / (saved + cancelled), dismissed and proceed counted apart, and per offer
 * how often it was shown — an outcome event whose `offer` is set, whatever the user chose — and how often it saved.
 * `segment` is echoed as the answer's (null: everyone).
 */
export function churnReport(tally: ChurnTally, range: ReportRange, segment?: TraitSegment): ChurnReport {
  const counts: Record<Outcome, number> = { saved: 0, cancelled: 0, dismissed: 0, proceed: 0 };
  const reasons = new Map<string | null, number>();
  const offers = new Map<string, { shown: number; saved: number }>();
  for (const { outcome, reason, offer, count } of tally.outcomes) {
    if (OUTCOMES.includes(outcome as Outcome)) counts[outcome as Outcome] += count;
    if (outcome === 'saved' || outcome === 'cancelled') reasons.set(reason, (reasons.get(reason) ?? 0) + count);
    if (offer !== null) {
      const row = offers.get(offer) ?? { shown: 0, saved: 0 };
      offers.set(offer, { shown: row.shown + count, saved: row.saved + (outcome === 'saved' ? count : 0) });
    }
  }
  const decided = counts.saved + counts.cancelled;
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    segment: segment ?? null,
    reasons: [...reasons].sort(mostFirst).map(([reason, count]) => ({ reason, count, share: reportRatio(count, decided) })),
    saveRate: reportRatio(counts.saved, decided),
    offers: [...offers]
      .map(([offer, row]): [string, number] => [offer, row.shown])
      .sort(mostFirst)
      .map(([offer]) => {
        const { shown, saved } = offers.get(offer)!;
        return { offer, shown, saved, rate: reportRatio(saved, shown) };
      }),
    counts,
  };
}
