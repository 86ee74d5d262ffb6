import type { SurveyChoice, SurveyQuestion } from '@growthkit/core';
import type { Headline } from '../headline.ts';
import type { Localized } from '../localized.ts';

/** What the user answered: a score (NPS) or an option's id (choice), and the open text, empty when not given. */
export interface SurveyAnswer {
  score?: number;
  choice?: SurveyChoice['id'];
  text: string;
}

/**
 * One question of a micro-survey, then a thank-you. The widget keeps the answer being given; the runtime words the
 * open question (for NPS by the score's band, core's npsFollowUp) and reports the answer once, on Send.
 */
export interface SurveyProps extends Headline {
  question: Localized<SurveyQuestion['question']>;
  /** a choice question's options; absent: the NPS scale 0–10 */
  options?: Localized<SurveyChoice>[];
  /** the open question's label for this score (undefined before one is picked); undefined: no open question */
  followUp(score?: number): string | undefined;
  /** answered before (on this or another device): the thank-you until the user closes it, the question never again */
  answered: boolean;
  onAnswer(answer: SurveyAnswer): void;
}
