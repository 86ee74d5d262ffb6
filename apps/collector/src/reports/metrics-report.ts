import type { MetricsReportInterval, RetentionDay } from '@growthkit/core';
import type { IntervalTally, MetricsInterval } from '../store/store.ts';
import { reportRatio } from './report-ratio.ts';

const DAY_MS = 86_400_000;

/** Each retention day as a rate with the counts it came from. */
const returning = ({ measured, active }: IntervalTally['retention']['d1']): RetentionDay => ({
  rate: reportRatio(active, measured),
  active,
  measured,
});

/** A money figure in whole minor units; null when it cannot be computed. */
const money = (value: number | null) => (value === null || !Number.isFinite(value) ? null : Math.round(value));

/**
 * The subscription metrics of one interval (SPEC §9, defined in docs/API.md) from its counts: retention by signup
 * cohort, churn split by cause, ARPU, LTV, expansion conversion, expansion revenue share and upgrades per account per
 * year. Every figure comes with the counts it was computed from; a figure whose denominator is 0 is null.
 */
export function intervalMetrics({ start, end }: MetricsInterval, tally: IntervalTally): MetricsReportInterval {
  const { retention, churn, revenue, upgrades, expansion } = tally;
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  const cancelled = churn.voluntary + churn.involuntary;
  const arpu = revenue.paying ? revenue.mrr / revenue.paying : null;
  const churnRate = churn.activeAtStart ? cancelled / churn.activeAtStart : null;
  return {
    start: start.toISOString(),
    end: end.toISOString(),
    days,
    retention: {
      cohort: retention.cohort,
      d1: returning(retention.d1),
      d7: returning(retention.d7),
      d30: returning(retention.d30),
    },
    churn: {
      activeAtStart: churn.activeAtStart,
      voluntary: { cancelled: churn.voluntary, rate: reportRatio(churn.voluntary, churn.activeAtStart) },
      involuntary: { cancelled: churn.involuntary, rate: reportRatio(churn.involuntary, churn.activeAtStart) },
      total: { cancelled, rate: reportRatio(cancelled, churn.activeAtStart) },
    },
    arpu: { value: money(arpu), mrr: revenue.mrr, paying: revenue.paying },
    ltv: {
      value: arpu === null || !churnRate ? null : money(arpu / churnRate),
      arpu: money(arpu),
      churnRate: reportRatio(cancelled, churn.activeAtStart),
    },
    expansionConversion: { rate: reportRatio(expansion.upgraded, expansion.shown), upgraded: expansion.upgraded, shown: expansion.shown },
    expansionRevenueShare: { share: reportRatio(upgrades.mrr, revenue.mrr), upgradeMrr: upgrades.mrr, mrr: revenue.mrr },
    upgradesPerAccountYear: {
      value: revenue.paying ? Math.round((upgrades.count / revenue.paying) * (365 / days) * 1000) / 1000 : null,
      upgrades: upgrades.count,
      upgradedAccounts: upgrades.accounts,
      paying: revenue.paying,
      days,
    },
  };
}

/** The report's intervals: from `from`, one calendar month (UTC) each, the last one ending at `to`. */
export function monthlyIntervals(from: Date, to: Date): MetricsInterval[] {
  const intervals: MetricsInterval[] = [];
  for (let month = 0; ; month++) {
    const start = new Date(from);
    start.setUTCMonth(from.getUTCMonth() + month);
    if (start >= to) return intervals;
    const end = new Date(from);
    end.setUTCMonth(from.getUTCMonth() + month + 1);
    intervals.push({ start, end: end < to ? end : to });
  }
}
