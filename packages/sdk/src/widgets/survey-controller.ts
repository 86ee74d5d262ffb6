import { npsFollowUp, SURVEY_ANSWER_EVENT, type CampaignOf } from '@growthkit/core';
import type { SurveyProps } from '@growthkit/widgets';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

/**
 * Runs one micro-survey campaign. The answer is one `gk.survey_answer` per survey, sent on Send: `{ survey, score,
 * answer }` for NPS, `{ survey, choice, answer }` for a choice question, `answer` being the open text when given. The
 * answer is saved as the campaign's completion, so the question is not asked again: the thank-you stays for the page
 * view it was given in, or until the user closes it, and core's decide ends the survey from the next page view on (no
 * dismissal is reported). Negative feedback is counted by the runtime as the event goes out (core's countedNames), as
 * the collector does when it replays it.
 */
export function surveyController(campaign: CampaignOf<'survey'>, api: WidgetApi): WidgetLogic<SurveyProps> {
  const { context } = api;
  const { survey, question } = campaign.widget;
  const choice = question.kind === 'choice' ? question : undefined;
  const nps = question.kind === 'nps' ? question : undefined;

  return {
    refresh() {},
    props: () => ({
      ...api.headline(),
      question: api.text(question.question),
      options: choice?.options.map((option) => ({ id: option.id, label: api.text(option.label) })),
      followUp: (score) => {
        if (choice) return choice.text && api.text(choice.text);
        if (nps && score !== undefined) return api.text(npsFollowUp(nps.followUp, score));
      },
      answered: !!context.state.campaign(campaign.id).completedAt,
      onAnswer: ({ score, choice: picked, text }) => {
        const at = context.now();
        context.state.update(campaign.id, (state) => {
          state.completedAt = at;
        });
        context.emit(SURVEY_ANSWER_EVENT, campaign.id, {
          survey,
          ...(choice ? { choice: picked } : { score }),
          ...(text.trim() && { answer: text.trim() }),
        });
      },
    }),
  };
}
