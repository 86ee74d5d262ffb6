import { describe, expect, it } from 'vitest';
import {
  buildContext,
  CampaignSchema,
  checkTrigger,
  computeTraits,
  countedNames,
  isNegativeFeedback,
  npsBand,
  npsFollowUp,
  recordEvent,
  SurveyWidgetSchema,
  type Counters,
  type GrowthEvent,
  type Trigger,
} from '../src/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (n: number) => new Date(Date.UTC(2026, 10, 22 - n, 12)).toISOString();
type Counted = Pick<GrowthEvent, 'type' | 'name' | 'props'>;
const answer = (score: number | string): Counted => ({ type: 'widget', name: 'gk.survey_answer', props: { survey: 'nps', score } });
/** the counters after these events, as the device and the collector both record them */
const countAll = (events: [Counted, string][], triggers: Trigger[] = []) =>
  events.reduce<Counters>(
    (counters, [event, at]) => countedNames(event, triggers).reduce((next, name) => recordEvent(next, name, at), counters),
    {},
  );
const signals = (counters: Counters) => computeTraits({ now, counters }).riskSignals;

describe('NPS bands and the follow-up question', () => {
  it('puts 0–6 in detractor, 7–8 in passive, 9–10 in promoter', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsBand)).toEqual(['detractor', 'detractor', 'passive', 'passive', 'promoter', 'promoter']);
  });

  it("asks the band's follow-up, and the general one for a band without its own", () => {
    const followUp = { any: 'Why?', detractor: 'What went wrong?' };
    expect(npsFollowUp(followUp, 3)).toBe('What went wrong?');
    expect(npsFollowUp(followUp, 8)).toBe('Why?');
  });

  it('refuses a choice question with repeated option ids', () => {
    const question = {
      kind: 'choice',
      question: { en: 'Why?' },
      options: [
        { id: 'a', label: { en: 'A' } },
        { id: 'a', label: { en: 'B' } },
      ],
    };
    expect(SurveyWidgetSchema.safeParse({ type: 'survey', survey: 'churn', question }).success).toBe(false);
  });
});

describe('a negative survey answer is negative feedback for 30 days', () => {
  it('is a score of 0–6, not 7, not a score that is no number', () => {
    expect([0, 6, 7, 10].map((score) => isNegativeFeedback(answer(score)))).toEqual([true, true, false, false]);
    expect(isNegativeFeedback(answer('3'))).toBe(false);
    expect(isNegativeFeedback({ name: 'gk.click', props: { score: 2 } })).toBe(false);
  });

  it('fires negative_feedback on a 6 answered 29 days ago', () => {
    expect(signals(countAll([[answer(6), daysAgo(29)]]))).toEqual(['negative_feedback']);
  });

  it('does not fire on a 7, nor on a 6 answered 31 days ago', () => {
    expect(signals(countAll([[answer(7), daysAgo(1)]]))).toEqual([]);
    expect(signals(countAll([[answer(6), daysAgo(31)]]))).toEqual([]);
  });

  it('keeps GrowthKit events out of product use: a survey answer does not end the silent signal', () => {
    const counters = countAll([
      [{ type: 'track', name: 'doc_created', props: {} }, daysAgo(20)],
      [answer(9), daysAgo(1)],
    ]);
    expect(signals(counters)).toEqual(['silent']);
  });
});

describe('an event trigger that asks for props', () => {
  const survey = CampaignSchema.parse({
    id: 'churn-reason',
    widget: {
      type: 'survey',
      survey: 'churn_reason',
      question: {
        kind: 'choice',
        question: { en: 'Why?' },
        options: [
          { id: 'price', label: { en: 'Price' } },
          { id: 'other', label: { en: 'Other' } },
        ],
      },
    },
    content: { title: { en: 'One question' } },
    trigger: { type: 'event', event: 'gk.cancel_outcome', props: { outcome: 'cancelled' } },
  });
  const outcome = (value: string): Counted => ({ type: 'widget', name: 'gk.cancel_outcome', props: { outcome: value, reason: 'price' } });
  const trigger = (events: Counted[]) => {
    const counters = countAll(
      events.map((event) => [event, daysAgo(0)]),
      [survey.trigger],
    );
    return checkTrigger(survey, buildContext({ now, counters }));
  };

  it('holds after an event with those props', () => {
    expect(trigger([outcome('saved'), outcome('cancelled')])).toBeUndefined();
  });

  it('does not hold after the same event with other props, nor when no campaign waits for that widget event', () => {
    expect(trigger([outcome('saved'), outcome('dismissed')])).toMatchObject({ code: 'trigger', event: 'gk.cancel_outcome', tracked: 0 });
    expect(countedNames(outcome('cancelled'), [])).toEqual([]);
  });

  it('asks for a prop the event lacks with null: a cancellation whose reason was not given', () => {
    const unexplained = CampaignSchema.parse({
      ...survey,
      trigger: { type: 'event', event: 'gk.cancel_outcome', props: { outcome: 'cancelled', reason: null } },
    });
    const counted = (event: Counted) => countedNames(event, [unexplained.trigger]);
    const cancelled = (props: Record<string, unknown>): Counted => ({ type: 'widget', name: 'gk.cancel_outcome', props });
    expect(counted(cancelled({ outcome: 'cancelled' }))).toEqual(['gk.cancel_outcome?outcome=cancelled&reason=null']);
    expect(counted(cancelled({ outcome: 'cancelled', reason: 'price' }))).toEqual([]);
    expect(counted(cancelled({ outcome: 'saved' }))).toEqual([]);
  });

  it('counts a track event under its name and, for a trigger asking for its props, under that trigger too', () => {
    const trigger: Trigger = { type: 'event', event: 'plan_changed', count: 1, props: { to: 'free', paid: false } };
    expect(countedNames({ type: 'track', name: 'plan_changed', props: { to: 'free', paid: false } }, [trigger])).toEqual([
      'plan_changed',
      'plan_changed?to=free&paid=false',
    ]);
  });
});
