import { describe, expect, it } from 'vitest';
import { buildContext, decide, localMinutes, quietUntil, recordContact, type UserState } from '../src/index.ts';
import { campaign, emptyState, settings } from './arbitration-fixture.ts';

describe('contact budget across sessions (issue 3, acceptance 3)', () => {
  it('with three interruptive campaigns eligible at once and one per session, exactly one shows per session, in priority order', () => {
    const campaigns = [campaign('upsell', { priority: 1 }), campaign('quota', { priority: 10 }), campaign('survey', { priority: 5 })];
    const project = settings({ budget: { perSession: 1, perDay: 10, perWeek: 10, minGapMinutes: 30 } });
    let state: UserState = emptyState();
    const shownPerSession: string[][] = [];
    for (let n = 0; n < 4; n++) {
      const session = `s${n}`;
      const sessionStart = Date.UTC(2026, 10, 22, 9 + 2 * n);
      const shown: string[] = [];
      // each session: several page views; the user dismisses whatever shows on the second one
      for (let view = 0; view < 3; view++) {
        const now = new Date(sessionStart + view * 5 * 60_000);
        const decisions = decide({
          campaigns,
          context: buildContext({ now, page: { path: '/' } }),
          state,
          settings: project,
          now,
          timeZone: 'Europe/Berlin',
          session,
        });
        const showing = decisions.filter((d) => d.verdict === 'show');
        expect(showing.length).toBeLessThanOrEqual(1);
        for (const { campaignId } of showing) {
          if (!shown.includes(campaignId)) {
            shown.push(campaignId);
            state = recordContact(state, { at: now.toISOString(), campaignId, session });
          }
          if (view === 1)
            state = {
              ...state,
              campaigns: { ...state.campaigns, [campaignId]: { impressions: 1, dismissedAt: now.toISOString(), steps: {} } },
            };
        }
        if (view === 2) {
          const held = decisions.filter((d) => d.reason.code === 'budget');
          expect(held.every((d) => d.reason.message === '1 of 1 interruptive prompts this session; frees up next session')).toBe(true);
        }
      }
      shownPerSession.push(shown);
    }
    expect(shownPerSession).toEqual([['quota'], ['survey'], ['upsell'], []]);
  });

  it('the per-day budget spans sessions and frees up 24 hours after the oldest counted prompt', () => {
    const campaigns = [campaign('a', { priority: 2 }), campaign('b', { priority: 1 })];
    const project = settings({ budget: { perSession: 5, perDay: 1, perWeek: 5, minGapMinutes: 0 } });
    const state = recordContact(emptyState(), { at: '2026-11-22T08:00:00.000Z', campaignId: 'a', session: 'morning' });
    const at = (iso: string) => {
      const now = new Date(iso);
      return decide({ campaigns, context: buildContext({ now }), state, settings: project, now, timeZone: 'UTC', session: 'evening' });
    };
    expect(at('2026-11-22T20:00:00Z').map((d) => d.reason.message)).toEqual([
      '1 of 1 interruptive prompts in the last 24 hours; frees up at 2026-11-23T08:00:00.000Z',
      '1 of 1 interruptive prompts in the last 24 hours; frees up at 2026-11-23T08:00:00.000Z',
    ]);
    expect(at('2026-11-23T08:00:00Z').map((d) => d.verdict)).toEqual(['show', 'hold']);
  });
});

describe("quiet hours in the user's own time zone (fixed clock)", () => {
  const quiet = settings({ quietHours: { start: '21:00', end: '08:00' } });
  const verdict = (iso: string, timeZone: string) => {
    const now = new Date(iso);
    return decide({
      campaigns: [campaign('x')],
      context: buildContext({ now }),
      state: emptyState(),
      settings: quiet,
      now,
      timeZone,
      session: 's',
    })[0];
  };

  it("Asia/Shanghai (UTC+8): holds from 21:00 to 08:00 local, whatever the machine's zone", () => {
    expect(verdict('2026-11-22T12:59:00Z', 'Asia/Shanghai').verdict).toBe('show'); // 20:59
    expect(verdict('2026-11-22T13:00:00Z', 'Asia/Shanghai').reason).toEqual({
      code: 'quiet-hours',
      minutes: 21 * 60,
      timeZone: 'Asia/Shanghai',
      start: '21:00',
      end: '08:00',
      message: '21:00 in Asia/Shanghai is within quiet hours 21:00–08:00; ends at 2026-11-23T00:00:00.000Z',
      until: '2026-11-23T00:00:00.000Z',
    });
    expect(verdict('2026-11-22T23:59:00Z', 'Asia/Shanghai').verdict).toBe('hold'); // 07:59
    expect(verdict('2026-11-23T00:00:00Z', 'Asia/Shanghai').verdict).toBe('show'); // 08:00
    // the same instants in UTC would be the other way round
    expect(verdict('2026-11-22T13:00:00Z', 'UTC').verdict).toBe('show');
    expect(verdict('2026-11-22T23:59:00Z', 'UTC').verdict).toBe('hold');
  });

  it('America/Los_Angeles on the day daylight saving ends (2026-11-01): the window and its end follow the wall clock', () => {
    // 2026-10-31 21:00 PDT = 04:00Z; the night is 25 hours long; 08:00 PST on 11-01 = 16:00Z
    expect(verdict('2026-11-01T03:59:00Z', 'America/Los_Angeles').verdict).toBe('show');
    expect(verdict('2026-11-01T04:00:00Z', 'America/Los_Angeles').reason).toEqual({
      code: 'quiet-hours',
      minutes: 21 * 60,
      timeZone: 'America/Los_Angeles',
      start: '21:00',
      end: '08:00',
      message: '21:00 in America/Los_Angeles is within quiet hours 21:00–08:00; ends at 2026-11-01T16:00:00.000Z',
      until: '2026-11-01T16:00:00.000Z',
    });
    expect(verdict('2026-11-01T09:30:00Z', 'America/Los_Angeles').reason.message).toBe(
      '01:30 in America/Los_Angeles is within quiet hours 21:00–08:00; ends at 2026-11-01T16:00:00.000Z',
    );
    expect(verdict('2026-11-01T15:59:00Z', 'America/Los_Angeles').verdict).toBe('hold'); // 07:59 PST
    expect(verdict('2026-11-01T16:00:00Z', 'America/Los_Angeles').verdict).toBe('show'); // 08:00 PST
  });

  it('America/Los_Angeles on the day daylight saving starts (2026-03-08)', () => {
    // 21:00 PST on 03-07 = 05:00Z; 08:00 PDT on 03-08 = 15:00Z
    expect(quietUntil({ start: '21:00', end: '08:00' }, new Date('2026-03-08T05:00:00Z'), 'America/Los_Angeles')?.toISOString()).toBe(
      '2026-03-08T15:00:00.000Z',
    );
    expect(verdict('2026-03-08T14:59:00Z', 'America/Los_Angeles').verdict).toBe('hold');
    expect(verdict('2026-03-08T15:00:00Z', 'America/Los_Angeles').verdict).toBe('show');
    expect(localMinutes(new Date('2026-03-08T10:30:00Z'), 'America/Los_Angeles')).toBe(3 * 60 + 30); // 02:30 does not exist: 03:30 PDT
    expect(localMinutes(new Date('2026-11-22T16:00:00Z'), 'Asia/Shanghai')).toBe(0); // midnight is 00:00, not 24:00
  });

  it('a daytime window that does not span midnight, and an empty one', () => {
    const lunch = { start: '12:00', end: '13:00' };
    expect(quietUntil(lunch, new Date('2026-11-22T04:30:00Z'), 'Asia/Shanghai')?.toISOString()).toBe('2026-11-22T05:00:00.000Z');
    expect(quietUntil(lunch, new Date('2026-11-22T05:00:00Z'), 'Asia/Shanghai')).toBeUndefined();
    expect(quietUntil({ start: '09:00', end: '09:00' }, new Date('2026-11-22T01:00:00Z'), 'Asia/Shanghai')).toBeUndefined();
  });
});
