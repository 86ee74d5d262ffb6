import { describe, expect, it } from 'vitest';
import { buildContext, decide, explainCondition, isInterruptive, recordEvent, type DecideInput } from '../src/index.ts';
import { campaign, emptyState, settings } from './arbitration-fixture.ts';

const now = new Date('2026-11-22T10:00:00.000Z');
const baseContext = buildContext({
  traits: { plan: 'basic', role: 'marketer', signed_up_at: '2026-11-19T10:00:00Z', seats: 3 },
  account: { renews_at: '2026-12-02T10:00:00Z' },
  counters: recordEvent({}, 'doc_created', '2026-11-21T10:00:00Z'),
  usage: { storage_gb: { used: 3.1, limit: 5 } },
  page: { path: '/docs/1' },
  now,
});

/** decide for these campaigns in the base context, one session at `now` in UTC, with `extra` over that */
const decideAll = (campaigns: ReturnType<typeof campaign>[], extra: Partial<DecideInput> = {}) =>
  decide({
    campaigns,
    context: baseContext,
    state: emptyState(),
    settings: settings(),
    now,
    timeZone: 'UTC',
    session: 's1',
    ...extra,
  });

const run = (c: ReturnType<typeof campaign>, extra: Partial<DecideInput> = {}) => decideAll([c], extra)[0];

describe('decide: one exact reason per campaign', () => {
  it('shown', () => {
    expect(run(campaign('tour', { priority: 3 }))).toEqual({
      campaignId: 'tour',
      verdict: 'show',
      interruptive: true,
      reason: { code: 'shown', priority: 3, floating: 'corner-end', message: 'eligible, priority 3, floating as corner-end' },
    });
    expect(run(campaign('card', { placement: { slot: 'home' } })).reason.message).toBe('eligible, priority 0, in slot "home"');
  });

  it('status', () => {
    expect(run(campaign('x', { status: 'paused' }))).toMatchObject({
      verdict: 'skip',
      reason: { code: 'status', message: 'campaign is paused' },
    });
    expect(run(campaign('x', { status: 'draft' })).reason.message).toBe('campaign is a draft');
  });

  it('schedule: date range', () => {
    expect(run(campaign('x', { schedule: { start: '2026-11-23T00:00:00+08:00' } }))).toMatchObject({
      verdict: 'hold',
      reason: { code: 'schedule', message: 'starts at 2026-11-22T16:00:00.000Z', until: '2026-11-22T16:00:00.000Z' },
    });
    expect(run(campaign('x', { schedule: { end: '2026-11-22T10:00:00Z' } }))).toMatchObject({
      verdict: 'skip',
      reason: { code: 'schedule', message: 'ended at 2026-11-22T10:00:00.000Z' },
    });
  });

  it('schedule: days since signup and days to renewal', () => {
    const reason = (trigger: object) => run(campaign('x', { trigger: { type: 'schedule', ...trigger } })).reason;
    expect(reason({ daysSinceSignup: { min: 7, max: 14 } })).toEqual({
      code: 'schedule',
      trait: 'days_since_signup',
      days: 3,
      min: 7,
      max: 14,
      message: 'days_since_signup is 3; needs 7 to 14',
    });
    expect(reason({ daysSinceSignup: { max: 2 } }).message).toBe('days_since_signup is 3; needs at most 2');
    expect(reason({ daysSinceSignup: { min: 3 } }).code).toBe('shown');
    expect(reason({ daysToRenewal: { in: [30, 15, 7, 1] } }).message).toBe('days_to_renewal is 10; needs one of 30, 15, 7, 1');
    expect(reason({ daysToRenewal: { atMost: 7 } }).message).toBe('days_to_renewal is 10; needs 0 to 7');
    expect(reason({ daysToRenewal: { in: [10] } }).code).toBe('shown');
    const unknown = run(campaign('x', { trigger: { type: 'schedule', daysSinceSignup: { min: 1 } } }), { context: buildContext({ now }) });
    expect(unknown.reason.message).toBe('days_since_signup is unknown (no signed_up_at trait)');
  });

  it('audience: the evaluation that refuses names the first failing leaf, its operator and the value', () => {
    expect(run(campaign('x', { audience: { plan: { $in: ['trial'] } } }))).toEqual({
      campaignId: 'x',
      verdict: 'skip',
      interruptive: true,
      reason: {
        code: 'audience',
        path: 'plan',
        value: 'basic',
        operator: '$in',
        expected: ['trial'],
        message: 'plan is "basic"; needs $in ["trial"]',
      },
    });
    const nested = { $and: [{ role: 'marketer' }, { $or: [{ 'computed.tier': 'growth' }, { seats: { $gte: 1, $lt: 3 } }] }] };
    expect(run(campaign('x', { audience: nested })).reason.message).toBe(
      'none of $or matches; the first: computed.tier is "basic"; needs "growth"',
    );
    expect(run(campaign('x', { audience: { role: 'marketer', seats: { $gte: 1, $lt: 3 } } })).reason.message).toBe(
      'seats is 3; needs $lt 3',
    );
    expect(run(campaign('x', { audience: { 'account.industry': { $exists: true } } })).reason.message).toBe(
      'account.industry is not set; needs $exists true',
    );
    expect(run(campaign('x', { audience: { $not: { role: 'marketer' } } })).reason.message).toBe('$not excludes {"role":"marketer"}');
    expect(run(campaign('x', { audience: { $or: [{ $or: [{ plan: 'trial' }] }] } })).reason.message).toBe(
      'none of $or matches; the first: none of $or matches; the first: plan is "basic"; needs "trial"',
    );
    expect(explainCondition(baseContext, { plan: 'basic' })).toBeUndefined();
  });

  it('trigger: route, event, usage, manual', () => {
    const reason = (trigger: object) => run(campaign('x', { trigger: trigger as never })).reason;
    expect(reason({ type: 'page', path: '/settings/*' })).toEqual({
      code: 'trigger',
      page: '/docs/1',
      pattern: '/settings/*',
      message: 'path "/docs/1" does not match "/settings/*"',
    });
    expect(reason({ type: 'page', path: '/docs/*' }).code).toBe('shown');
    expect(reason({ type: 'event', event: 'doc_created', count: 3 }).message).toBe('"doc_created" tracked 1 of 3 times');
    expect(reason({ type: 'event', event: 'doc_created' }).code).toBe('shown');
    expect(reason({ type: 'usage', metric: 'storage_gb' }).message).toBe('storage_gb is at 62% of its limit; needs 80%');
    expect(reason({ type: 'usage', metric: 'storage_gb', threshold: 0.6 }).code).toBe('shown');
    expect(reason({ type: 'usage', metric: 'seats' }).message).toBe('no usage with a limit reported for "seats"');
    expect(reason({ type: 'manual' })).toEqual({ code: 'trigger', campaign: 'x', message: 'shows only through show("x")' });
  });

  it('manual: show(id) shows the campaign ahead of all others, whatever its rules', () => {
    const manual = campaign('help', { trigger: { type: 'manual' }, audience: { plan: 'enterprise' } });
    const decisions = decideAll([campaign('big', { priority: 99 }), manual], { manual: 'help' });
    expect(decisions.map((d) => [d.campaignId, d.verdict, d.reason.code, d.reason.message])).toEqual([
      ['help', 'show', 'manual', 'shown by show("help")'],
      ['big', 'hold', 'interruptive-slot-taken', '"help" shows instead; one interruptive prompt at a time'],
    ]);
  });

  it('dismissed: for good, or until the cooldown ends', () => {
    const state = { campaigns: { x: { impressions: 1, dismissedAt: '2026-11-22T08:00:00Z', steps: {} } } };
    expect(run(campaign('x'), { state })).toMatchObject({
      verdict: 'skip',
      reason: { code: 'dismissed', message: 'dismissed at 2026-11-22T08:00:00.000Z; never shows again' },
    });
    expect(run(campaign('x', { frequency: { dismissCooldownHours: 24 } }), { state })).toMatchObject({
      verdict: 'hold',
      reason: {
        code: 'dismissed',
        message: 'dismissed at 2026-11-22T08:00:00.000Z; may show again at 2026-11-23T08:00:00.000Z',
        until: '2026-11-23T08:00:00.000Z',
      },
    });
    expect(run(campaign('x', { frequency: { dismissCooldownHours: 2 } }), { state }).verdict).toBe('show');
  });

  it('answered: a survey keeps its thank-you for the page view it was answered in, and is over from the next one', () => {
    const survey = campaign('nps', {
      widget: {
        type: 'survey',
        survey: 'nps',
        question: { kind: 'nps', question: { en: 'How likely…?' }, followUp: { any: { en: 'Why?' } } },
      },
    });
    const state = { campaigns: { nps: { impressions: 1, completedAt: '2026-11-22T09:30:00Z', steps: {} } } };
    expect(run(survey, { state, pageViewAt: '2026-11-22T09:00:00Z' }).verdict).toBe('show');
    const over = { verdict: 'skip', reason: { code: 'answered', message: 'answered at 2026-11-22T09:30:00.000Z; a survey asks once' } };
    expect(run(survey, { state, pageViewAt: '2026-11-22T09:45:00Z' })).toMatchObject(over);
    // the collector has no page view: answered is over
    expect(run(survey, { state })).toMatchObject(over);
    // other widgets' completion is theirs to show (a finished checklist's celebration)
    expect(run(campaign('nps'), { state, pageViewAt: '2026-11-22T09:45:00Z' }).verdict).toBe('show');
  });

  it('frequency', () => {
    const state = { campaigns: { x: { impressions: 3, steps: {} } } };
    expect(run(campaign('x', { frequency: { maxImpressions: 3 } }), { state })).toMatchObject({
      verdict: 'skip',
      reason: { code: 'frequency', message: 'shown 3 of 3 times (maxImpressions)' },
    });
    expect(run(campaign('x', { frequency: { maxImpressions: 4 } }), { state }).verdict).toBe('show');
  });

  it('reached-elsewhere: only interruptive campaigns, within the configured days', () => {
    const context = { ...baseContext, contacted_via_email_at: '2026-11-20T10:00:00Z' };
    const reached = settings({ reachedTrait: 'contacted_via_email_at', reachedWithinDays: 3 });
    expect(run(campaign('x'), { context, settings: reached })).toMatchObject({
      verdict: 'skip',
      reason: {
        code: 'reached-elsewhere',
        message: 'contacted_via_email_at is "2026-11-20T10:00:00Z", within 3 days; prompts resume at 2026-11-23T10:00:00.000Z',
        until: '2026-11-23T10:00:00.000Z',
      },
    });
    expect(run(campaign('x', { placement: { slot: 'home' } }), { context, settings: reached }).verdict).toBe('show');
    expect(
      run(campaign('x'), { context, settings: settings({ reachedTrait: 'contacted_via_email_at', reachedWithinDays: 2 }) }).verdict,
    ).toBe('show');
    expect(
      run(campaign('x'), {
        context: { ...baseContext, account: { called_by_csm: true } },
        settings: settings({ reachedTrait: 'called_by_csm' }),
      }).reason.message,
    ).toBe('called_by_csm is true');
  });

  it("quiet-hours: in the user's time zone", () => {
    const quiet = settings({ quietHours: { start: '17:00', end: '08:00' } });
    // 10:00 UTC is 18:00 in Shanghai (quiet) but 02:00 in Los Angeles (also quiet) and 10:00 in London (not)
    expect(run(campaign('x'), { settings: quiet, timeZone: 'Asia/Shanghai' })).toMatchObject({
      verdict: 'hold',
      reason: {
        code: 'quiet-hours',
        message: '18:00 in Asia/Shanghai is within quiet hours 17:00–08:00; ends at 2026-11-23T00:00:00.000Z',
        until: '2026-11-23T00:00:00.000Z',
      },
    });
    expect(run(campaign('x'), { settings: quiet, timeZone: 'Europe/London' }).verdict).toBe('show');
    expect(run(campaign('x'), { settings: quiet, timeZone: 'Not/AZone' }).verdict).toBe('show');
    expect(run(campaign('x', { placement: { slot: 'home' } }), { settings: quiet, timeZone: 'Asia/Shanghai' }).verdict).toBe('show');
  });

  it('min-gap and budget: per session, day and week, with when each frees up', () => {
    const contact = (at: string, session: string, campaignId = 'other') => ({ at, campaignId, session });
    const budget = (contacts: ReturnType<typeof contact>[], extra = {}) =>
      run(campaign('x'), {
        state: { campaigns: {}, contacts },
        settings: settings({ budget: { perSession: 1, perDay: 2, perWeek: 3, minGapMinutes: 30, ...extra } }),
      });
    expect(budget([contact('2026-11-22T09:45:00Z', 's0')])).toMatchObject({
      verdict: 'hold',
      reason: {
        code: 'min-gap',
        message: 'last interruptive prompt at 2026-11-22T09:45:00.000Z; the 30-minute gap ends at 2026-11-22T10:15:00.000Z',
        until: '2026-11-22T10:15:00.000Z',
      },
    });
    expect(budget([contact('2026-11-22T09:00:00Z', 's1')]).reason).toEqual({
      code: 'budget',
      window: 'session',
      count: 1,
      limit: 1,
      message: '1 of 1 interruptive prompts this session; frees up next session',
    });
    expect(budget([contact('2026-11-21T12:00:00Z', 's0'), contact('2026-11-22T08:00:00Z', 'sa')]).reason).toEqual({
      code: 'budget',
      window: 'day',
      count: 2,
      limit: 2,
      until: '2026-11-22T12:00:00.000Z',
      message: '2 of 2 interruptive prompts in the last 24 hours; frees up at 2026-11-22T12:00:00.000Z',
    });
    expect(
      budget([contact('2026-11-16T12:00:00Z', 'sa'), contact('2026-11-18T12:00:00Z', 'sb'), contact('2026-11-22T08:00:00Z', 'sc')]).reason,
    ).toEqual({
      code: 'budget',
      window: 'week',
      count: 3,
      limit: 3,
      until: '2026-11-23T12:00:00.000Z',
      message: '3 of 3 interruptive prompts in the last 7 days; frees up at 2026-11-23T12:00:00.000Z',
    });
    expect(budget([], { perWeek: 0 }).reason.message).toBe('0 of 0 interruptive prompts in the last 7 days; none allowed');
    expect(
      budget([contact('2026-11-15T10:00:01Z', 'sa'), contact('2026-11-21T10:00:01Z', 'sb'), contact('2026-11-22T09:00:00Z', 'sc')]).reason
        .code,
    ).toBe('budget');
    expect(
      budget([contact('2026-11-15T10:00:00Z', 'sa'), contact('2026-11-21T10:00:00Z', 'sb'), contact('2026-11-22T09:00:00Z', 'sc')]).verdict,
    ).toBe('show');
  });

  it('an inline widget spends no budget, in its slot or waiting for it; without its slot it holds and never floats', () => {
    const card = campaign('card', { placement: { slot: 'home' } });
    const state = { campaigns: {}, contacts: [{ at: '2026-11-22T09:59:00Z', campaignId: 'other', session: 's1' }] };
    expect(isInterruptive(card)).toBe(false);
    expect(run(card, { state, slots: ['home'] }).verdict).toBe('show');
    expect(run(card, { state, slots: ['sidebar'] })).toEqual({
      campaignId: 'card',
      verdict: 'hold',
      interruptive: false,
      reason: { code: 'slot-missing', slot: 'home', message: 'waits for its slot "home"' },
    });
    // the collector knows no page: every slot counts as there
    expect(run(card, { state }).verdict).toBe('show');
    // only a campaign that would show says it waits for its slot
    expect(run(campaign('card', { placement: { slot: 'home' }, status: 'paused' }), { slots: [] }).reason.code).toBe('status');
    // show(id) does not make it float either
    expect(run(card, { slots: [], manual: 'card' }).reason.code).toBe('slot-missing');
  });

  it('an inline campaign waiting for its slot leaves the floating place and the budget to a floating one', () => {
    const settingsOne = settings({ budget: { perSession: 1 } });
    const decisions = decideAll(
      [campaign('checklist', { placement: { slot: 'checklist' }, priority: 9 }), campaign('quota', { placement: { floating: 'banner' } })],
      {
        slots: [],
        settings: settingsOne,
      },
    );
    expect(decisions.map((d) => [d.campaignId, d.verdict, d.reason.code])).toEqual([
      ['checklist', 'hold', 'slot-missing'],
      ['quota', 'show', 'shown'],
    ]);
  });

  it('host-modal: floating campaigns wait while the host has a modal open, on screen or not; inline ones do not', () => {
    expect(run(campaign('tour'), { hostModal: true })).toMatchObject({
      verdict: 'hold',
      interruptive: true,
      reason: { code: 'host-modal', message: "waits for the host page's modal to close" },
    });
    expect(run(campaign('tour'), { hostModal: true, showing: ['tour'] }).reason.code).toBe('host-modal');
    expect(run(campaign('card', { placement: { slot: 'home' } }), { hostModal: true, slots: ['home'] }).verdict).toBe('show');
    expect(run(campaign('tour'), { hostModal: false }).verdict).toBe('show');
  });

  it('host-initiated (show(id)) skips the host modal, quiet hours and the contact budget', () => {
    const quiet = settings({ quietHours: { start: '00:00', end: '23:59' }, budget: { perSession: 0 } });
    const manual = campaign('upgrade', { trigger: { type: 'manual' } });
    expect(run(manual, { hostModal: true, settings: quiet }).reason.code).toBe('trigger');
    expect(run(manual, { hostModal: true, settings: quiet, manual: 'upgrade' })).toMatchObject({
      verdict: 'show',
      interruptive: true,
      reason: { code: 'manual', campaign: 'upgrade' },
    });
  });

  it('interruptive-slot-taken and slot-taken: one floating prompt, one campaign per slot, by priority then id', () => {
    const decisions = decideAll([
      campaign('b', { priority: 5 }),
      campaign('a', { priority: 5 }),
      campaign('top', { priority: 9 }),
      campaign('c1', { placement: { slot: 'home' } }),
      campaign('c2', { placement: { slot: 'home' }, priority: 1 }),
    ]);
    expect(decisions.map((d) => [d.campaignId, d.verdict, d.reason.message])).toEqual([
      ['top', 'show', 'eligible, priority 9, floating as corner-end'],
      ['a', 'hold', '"top" shows instead; one interruptive prompt at a time'],
      ['b', 'hold', '"top" shows instead; one interruptive prompt at a time'],
      ['c2', 'show', 'eligible, priority 1, in slot "home"'],
      ['c1', 'hold', '"c2" shows in slot "home" instead'],
    ]);
    expect(decisions[1].reason).toMatchObject({ code: 'interruptive-slot-taken', by: 'top' });
    expect(decisions[4].reason).toMatchObject({ code: 'slot-taken', by: 'c2' });
  });

  it('a prompt already shown in this session keeps its place against the budget it spent', () => {
    const state = {
      campaigns: { x: { impressions: 1, steps: {} } },
      contacts: [{ at: '2026-11-22T09:50:00Z', campaignId: 'x', session: 's1' }],
    };
    const capped = campaign('x', { frequency: { maxImpressions: 1 } });
    expect(run(capped, { state }).verdict).toBe('show');
    expect(run(capped, { state, session: 's2' }).reason.code).toBe('frequency');
  });
});
