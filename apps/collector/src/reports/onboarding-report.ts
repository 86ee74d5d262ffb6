import type { OnboardingRetentionReport, Retention, RetentionDay } from '@growthkit/core';
import type { IntervalTally, OnboardingTally } from '../store/store.ts';
import { reportRatio } from './report-ratio.ts';

const returning = ({ measured, active }: IntervalTally['retention']['d1']): RetentionDay => ({
  rate: reportRatio(active, measured),
  active,
  measured,
});

const group = (retention: IntervalTally['retention']): Retention => ({
  cohort: retention.cohort,
  d1: returning(retention.d1),
  d7: returning(retention.d7),
  d30: returning(retention.d30),
});

/** D1 / D7 / D30 retention (as the metrics report's) of the new users who finished onboarding and of those who did not. */
export const onboardingReport = (tally: OnboardingTally): Pick<OnboardingRetentionReport, 'finished' | 'notFinished'> => ({
  finished: group(tally.finished),
  notFinished: group(tally.notFinished),
});
