// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { CampaignSchema } from '@growthkit/core';
import type { SurveyProps } from '@growthkit/widgets';
import { DEMO_NPS } from '../../../apps/collector/src/seed/demo-survey.ts';
import { fakeRuntime, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<main></main>');

const nps = CampaignSchema.parse({ ...DEMO_NPS, audience: {}, trigger: { type: 'page', path: '*' } });
/** shown to the users the device itself counts as giving negative feedback */
const sorry = CampaignSchema.parse({
  id: 'sorry',
  content: { title: { en: 'Sorry' } },
  audience: { 'computed.riskSignals': { $elemMatch: { $eq: 'negative_feedback' } } },
  placement: { slot: 'sorry' },
  widget: {
    type: 'survey',
    survey: 'sorry',
    question: { kind: 'nps', question: { en: 'Better now?' }, followUp: { any: { en: 'Why?' } } },
  },
});

/** the props of the survey on the page with this title */
const shown = ({ mounted }: ReturnType<typeof fakeRuntime>, title: string) =>
  mounted.find((widget) => widget.root.host.isConnected && (widget.props as unknown as SurveyProps).title === title)?.props as unknown as
    | SurveyProps
    | undefined;

function started() {
  document.body.innerHTML = '<main><div data-growthkit="sorry"></div></main>';
  const runtime = fakeRuntime([nps, sorry]);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  runtime.growthkit.identify('u1', {});
  return { ...runtime, survey: (title: string) => shown(runtime, title) };
}

test('a detractor answer is one gk.survey_answer, counted on the device as negative feedback, and saved as answered', async () => {
  const first = started();
  await vi.waitFor(() => expect(first.survey('Quick question')).toBeDefined());
  const props = first.survey('Quick question')!;
  expect(props.answered).toBe(false);
  expect(props.followUp(4)).toBe('What disappointed you, and what should we fix first?');
  expect(props.followUp(8)).toBe('What is the main reason for your score?');
  expect(first.survey('Sorry')).toBeUndefined();

  props.onAnswer({ score: 4, text: '  Too slow ' });
  // the device's own risk now has negative_feedback: the campaign for those users shows
  await vi.waitFor(() => expect(first.survey('Sorry')).toBeDefined());
  await first.growthkit.flush();
  expect(first.events.filter((event) => event.name === 'gk.survey_answer').map((event) => [event.campaignId, event.props])).toEqual([
    ['nps-survey', { survey: 'nps', score: 4, answer: 'Too slow' }],
  ]);
  first.growthkit.destroy();

  // the next visit: answered, so the survey is over (the campaign for unhappy users shows, the question never)
  const second = started();
  await vi.waitFor(() => expect(second.survey('Sorry')).toBeDefined());
  expect(second.survey('Quick question')).toBeUndefined();
});

test('a promoter answer without text carries no answer and is no negative feedback', async () => {
  const runtime = started();
  await vi.waitFor(() => expect(runtime.survey('Quick question')).toBeDefined());
  runtime.survey('Quick question')!.onAnswer({ score: 10, text: ' ' });
  await runtime.growthkit.flush();
  expect(runtime.events.filter((event) => event.name === 'gk.survey_answer').map((event) => event.props)).toEqual([
    { survey: 'nps', score: 10 },
  ]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(runtime.survey('Sorry')).toBeUndefined();
});

test('a campaign waiting for a widget event with given props shows once a widget reports it (the churn survey after gk.cancel_outcome)', async () => {
  document.body.innerHTML = '<main><div data-growthkit="next"></div></main>';
  const next = CampaignSchema.parse({
    ...sorry,
    id: 'next',
    audience: {},
    content: { title: { en: 'Next' } },
    placement: { slot: 'next' },
    trigger: { type: 'event', event: 'gk.survey_answer', props: { survey: 'nps', score: 2 } },
  });
  const runtime = fakeRuntime([nps, next]);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  await vi.waitFor(() => expect(shown(runtime, 'Quick question')).toBeDefined());
  expect(shown(runtime, 'Next')).toBeUndefined();
  shown(runtime, 'Quick question')!.onAnswer({ score: 2, text: '' });
  await vi.waitFor(() => expect(shown(runtime, 'Next')).toBeDefined());
});
