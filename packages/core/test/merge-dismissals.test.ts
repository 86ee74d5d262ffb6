import { expect, test } from 'vitest';
import { mergeState, type UserState } from '../src/index.ts';

const state = (dismissals?: Record<string, string>): UserState => ({
  campaigns: { c: { impressions: 1, steps: {}, ...(dismissals && { dismissals }) } },
});

test('dismissals of widget parts merge by the later time per part, in any order', () => {
  const phone = state({ 'offer-a': '2026-11-01T00:00:00.000Z', warn: '2026-11-20T00:00:00.000Z' });
  const laptop = state({ 'offer-a': '2026-11-10T00:00:00.000Z', 'offer-b': '2026-11-02T00:00:00.000Z' });
  const expected = { 'offer-a': '2026-11-10T00:00:00.000Z', warn: '2026-11-20T00:00:00.000Z', 'offer-b': '2026-11-02T00:00:00.000Z' };
  expect(mergeState(phone, laptop).campaigns.c.dismissals).toEqual(expected);
  expect(mergeState(laptop, phone).campaigns.c.dismissals).toEqual(expected);
  expect(mergeState(phone, state()).campaigns.c.dismissals).toEqual(phone.campaigns.c.dismissals);
  expect(mergeState(state(), state()).campaigns.c).not.toHaveProperty('dismissals');
});
