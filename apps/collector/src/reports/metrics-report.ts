import type { MetricsReportInterval, RetentionDay } from '@growthkit/core';
import type { IntervalTally, MetricsInterval } from '../store/store.ts';
import { monthlyChurn } from './monthly-churn.ts';
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

/** A rate rounded to 3 decimals as reportRatio's are; null stays null. */
const rounded = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

/**
 * The subscription metrics of one interval (SPEC §9, defined in docs/API.md) from its counts: retention by signup
 * cohort, churn split by cause, ARPU, LTV, expansion conversion, expansion revenue share and upgrades per account per
 * year. Every figure comes with the counts it was computed from; a figure whose denominator is 0 is null. Nothing is
 * seen after `reportEnd`, so the days churn and upgrades are scaled to a month or a year from are those before it.
 */
export function intervalMetrics({ start, end }: MetricsInterval, tally: IntervalTally, reportEnd: Date): MetricsReportInterval {
  const { retention, churn, revenue, upgrades, expansion } = tally;
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  const seenDays = Math.max(0, Math.min(end.getTime(), reportEnd.getTime()) - start.getTime()) / DAY_MS;
  const cancelled = churn.voluntary + churn.involuntary;
  const arpu = revenue.paying ? revenue.mrr / revenue.paying : null;
  const monthly = monthlyChurn(churn.activeAtStart ? cancelled / churn.activeAtStart : null, seenDays);
  // each cause keeps its share of the cancellations in the monthly rate, so the causes still add up to the total
  const causeMonthly = (count: number) => (monthly === null || !cancelled ? monthly : (monthly * count) / cancelled);
  // LTV's lifetime is that of the accounts ARPU averages over: the paying ones (a free plan's churn would dilute it)
  const { paying } = churn;
  const payingMonthly = monthlyChurn(paying.atStart ? paying.cancelled / paying.atStart : null, seenDays);
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
      voluntary: {
        cancelled: churn.voluntary,
        rate: reportRatio(churn.voluntary, churn.activeAtStart),
        monthlyRate: rounded(causeMonthly(churn.voluntary)),
      },
      involuntary: {
        cancelled: churn.involuntary,
        rate: reportRatio(churn.involuntary, churn.activeAtStart),
        monthlyRate: rounded(causeMonthly(churn.involuntary)),
      },
      total: { cancelled, rate: reportRatio(cancelled, churn.activeAtStart), monthlyRate: rounded(monthly) },
    },
    arpu: { value: money(arpu), mrr: revenue.mrr, paying: revenue.paying },
    ltv: {
      value: arpu === null || !payingMonthly ? null : money(arpu / payingMonthly),
      arpu: money(arpu),
      churnRate: rounded(payingMonthly),
      payingAtStart: paying.atStart,
      cancelled: paying.cancelled,
      days: seenDays,
    },
    expansionConversion: { rate: reportRatio(expansion.upgraded, expansion.shown), upgraded: expansion.upgraded, shown: expansion.shown },
    expansionRevenueShare: { share: reportRatio(upgrades.mrr, revenue.mrr), upgradeMrr: upgrades.mrr, mrr: revenue.mrr },
    upgradesPerAccountYear: {
      // a year's worth of the days that have passed: the upgrades of days still to come are not in the count
      value: revenue.paying && seenDays ? Math.round((upgrades.count / revenue.paying) * (365 / seenDays) * 1000) / 1000 : null,
      upgrades: upgrades.count,
      upgradedAccounts: upgrades.accounts,
      paying: revenue.paying,
      days: seenDays,
    },
  };
}
