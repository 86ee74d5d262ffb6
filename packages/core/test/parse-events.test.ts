import { describe, expect, test } from 'vitest';
import { parseEvents } from '../src/index.ts';

const event = (overrides: Record<string, unknown> = {}) => ({
  id: 'event-0001',
  type: 'track',
  name: 'doc_created',
  ts: '2026-11-22T10:00:00.000Z',
  anonymousId: 'anon-1',
  ...overrides,
});

describe('parseEvents', () => {
  test("keeps an event's identity hash so the collector can check it", () => {
    expect(parseEvents([event({ userId: 'user-9', hash: 'ab'.repeat(32) })]).valid[0].hash).toBe('ab'.repeat(32));
  });

  test("an event that fits the schema but fails the extra check is rejected at its index with the check's field and message; the others stay valid", () => {
    const { valid, rejected } = parseEvents(
      [event(), event({ id: 'event-0002', userId: 'user-9' }), event({ id: 'event-0003', ts: 'yesterday' })],
      (e) => (e.userId === undefined ? undefined : { field: 'hash', message: 'hash does not match userId' }),
    );
    expect(valid.map((e) => e.id)).toEqual(['event-0001']);
    expect(rejected).toEqual([
      { index: 1, field: 'hash', message: 'hash does not match userId' },
      { index: 2, field: 'ts', message: expect.stringMatching(/datetime/i) },
    ]);
  });
});

describe('billing events', () => {
  const billing = (id: string, name: string, props: Record<string, unknown>) => event({ id, name, accountId: 'acct-1', props });

  test('the five billing facts with the props SPEC §9 names are kept, extra props riding along', () => {
    const { valid, rejected } = parseEvents([
      billing('bill-0001', 'subscription_started', { plan: 'basic', mrr: 2000, coupon: 'WELCOME' }),
      billing('bill-0002', 'subscription_renewed', { plan: 'basic', mrr: 0 }),
      billing('bill-0003', 'plan_changed', { from: 'basic', to: 'growth', mrr_before: 2000, mrr_after: 5000 }),
      billing('bill-0004', 'subscription_cancelled', { cause: 'involuntary' }),
      billing('bill-0005', 'payment_failed', {}),
    ]);
    expect(rejected).toEqual([]);
    expect(valid.map((e) => e.name)).toEqual([
      'subscription_started',
      'subscription_renewed',
      'plan_changed',
      'subscription_cancelled',
      'payment_failed',
    ]);
    expect(valid[0].props.coupon).toBe('WELCOME');
  });

  test('a billing event with wrong props is rejected naming the field and the rule; the rest of the batch is kept', () => {
    const { valid, rejected } = parseEvents([
      billing('bill-0001', 'subscription_started', { plan: 'basic', mrr: 19.99 }),
      billing('bill-0002', 'subscription_renewed', { plan: 'basic', mrr: -1 }),
      event({ id: 'event-0003' }),
      billing('bill-0004', 'plan_changed', { from: 'basic', to: 'growth', mrr_before: 2000 }),
      billing('bill-0005', 'subscription_cancelled', { cause: 'angry' }),
      billing('bill-0006', 'subscription_started', { mrr: 2000 }),
      billing('bill-0007', 'subscription_renewed', { plan: 'basic', mrr: '2000' }),
    ]);
    expect(valid.map((e) => e.id)).toEqual(['event-0003']);
    const minorUnits = 'must be a non-negative integer of minor units';
    expect(rejected).toEqual([
      { index: 0, field: 'props.mrr', message: `subscription_started: ${minorUnits}` },
      { index: 1, field: 'props.mrr', message: `subscription_renewed: ${minorUnits}` },
      { index: 3, field: 'props.mrr_after', message: `plan_changed: ${minorUnits}` },
      { index: 4, field: 'props.cause', message: 'subscription_cancelled: must be "voluntary" or "involuntary"' },
      { index: 5, field: 'props.plan', message: 'subscription_started: must be a plan name (a non-empty string)' },
      { index: 6, field: 'props.mrr', message: `subscription_renewed: ${minorUnits}` },
    ]);
  });

  test('a product event that shares no billing name keeps free-form props', () => {
    expect(parseEvents([event({ props: { mrr: -5, cause: 'angry' } })]).rejected).toEqual([]);
  });
});
