import { z } from 'zod';
import { TextSchema } from '../text.ts';

/** The follow-up after an NPS score, worded per band (nps-band.ts); a band without its own wording gets `any`. */
export const NpsFollowUpSchema = z.object({
  any: TextSchema,
  detractor: TextSchema.optional(),
  passive: TextSchema.optional(),
  promoter: TextSchema.optional(),
});

export const SurveyChoiceSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"'),
  label: TextSchema,
});

export const SurveyQuestionSchema = z.discriminatedUnion('kind', [
  /** "How likely are you to recommend …?" 0–10, then an open follow-up question */
  z.object({ kind: z.literal('nps'), question: TextSchema, followUp: NpsFollowUpSchema }),
  /** one of the options (the churn reason after a cancellation), with an optional open text when `text` is given */
  z.object({
    kind: z.literal('choice'),
    question: TextSchema,
    options: z
      .array(SurveyChoiceSchema)
      .min(2)
      .max(10)
      .refine((options) => new Set(options.map((o) => o.id)).size === options.length, { message: 'option ids must be unique' }),
    /** the label of the optional open text ("Anything else?") */
    text: TextSchema.optional(),
  }),
]);

export const SurveyWidgetSchema = z.object({
  type: z.literal('survey'),
  /** the survey's name in `gk.survey_answer` (`nps`, `churn_reason`): answers of several campaigns add up by it */
  survey: z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"'),
  question: SurveyQuestionSchema,
});

export type SurveyWidget = z.infer<typeof SurveyWidgetSchema>;
export type SurveyQuestion = z.infer<typeof SurveyQuestionSchema>;
export type SurveyChoice = z.infer<typeof SurveyChoiceSchema>;
