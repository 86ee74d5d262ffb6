import type { IntervalTally, Returning } from './store.ts';

/** A retention row of either engine's statement: of interval `i`'s cohort, who came back on day `n`. */
export type RetentionRow = { i: number; n: number } & Returning;

/** The one row either engine's billing statement returns for an interval. */
export interface BillingRow {
  activeAtStart: number;
  voluntary: number;
  involuntary: number;
  payingAtStart: number;
  payingCancelled: number;
  paying: number;
  mrr: number;
  upgradeCount: number;
  upgradeAccounts: number;
  upgradeMrr: number;
  shown: number;
  converted: number;
}

/** The intervals' tallies in the contract's shape, from the retention rows of all of them and each one's billing row. */
export function intervalTallies(retention: readonly RetentionRow[], billing: readonly BillingRow[]): IntervalTally[] {
  const days = new Map(retention.map(({ i, n, measured, active }) => [`${i}/${n}`, { measured, active }]));
  return billing.map((b, i) => {
    const day = (n: number): Returning => days.get(`${i}/${n}`) ?? { measured: 0, active: 0 };
    return {
      retention: { cohort: day(0).measured, d1: day(1), d7: day(7), d30: day(30) },
      churn: {
        activeAtStart: b.activeAtStart,
        voluntary: b.voluntary,
        involuntary: b.involuntary,
        paying: { atStart: b.payingAtStart, cancelled: b.payingCancelled },
      },
      revenue: { paying: b.paying, mrr: b.mrr },
      upgrades: { count: b.upgradeCount, accounts: b.upgradeAccounts, mrr: b.upgradeMrr },
      expansion: { shown: b.shown, upgraded: b.converted },
    };
  });
}
