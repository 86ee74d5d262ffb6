import type { GrowthEvent } from '../event.ts';

/** the answer events of the micro-survey: `{ survey, score, answer }` */
export const SURVEY_ANSWER_EVENT = 'gk.survey_answer';
/** the counter of negative survey answers, on the device and on the collector alike; computeRisk reads 30 days of it */
export const NEGATIVE_FEEDBACK_COUNTER = 'gk.negative_feedback';
/** the highest NPS score that is negative: a detractor's */
const MAX_NEGATIVE_SCORE = 6;

/** Whether an event is negative feedback: a survey answer with a score of 0–6. */
export function isNegativeFeedback(event: Pick<GrowthEvent, 'name' | 'props'>): boolean {
  const score = event.props.score;
  return event.name === SURVEY_ANSWER_EVENT && typeof score === 'number' && score >= 0 && score <= MAX_NEGATIVE_SCORE;
}
