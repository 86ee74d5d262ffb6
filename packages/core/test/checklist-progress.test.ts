import { describe, expect, test } from 'vitest';
import { ChecklistStepSchema, checklistComplete, stepProgress, type ChecklistStep, type Condition, type StepState } from '../src/index.ts';

const step = (input: unknown): ChecklistStep => ChecklistStepSchema.parse(input);
const label = { en: 'Step' };

const steps = [
  step({ id: 'create_doc', label, complete: { kind: 'event', event: 'doc_created', count: 3 } }),
  step({ id: 'profile', label, complete: { kind: 'trait', condition: { company: { $exists: true } } } }),
  step({ id: 'tour', label, complete: { kind: 'manual' } }),
  step({ id: 'campaign', label, complete: { kind: 'manual' }, audience: { role: 'marketer' } }),
];

/** A stand-in for GrowthBook's evalCondition that understands the two shapes these tests use. */
const matchTraits = (traits: Record<string, unknown>) => (condition: Condition) =>
  Object.entries(condition).every(([key, rule]) =>
    rule && typeof rule === 'object' && '$exists' in rule ? key in traits === (rule as { $exists: boolean }).$exists : traits[key] === rule,
  );

const run = (counts: Record<string, number>, traits: Record<string, unknown>, saved: Record<string, StepState> = {}) =>
  stepProgress(steps, saved, { eventCount: (event) => counts[event] ?? 0, matches: matchTraits(traits) });

const at = '2026-11-22T10:00:00.000Z';

describe('checklist step progress', () => {
  test('an event step counts toward its goal and is done only at the count', () => {
    expect(run({ doc_created: 2 }, {})[0]).toEqual({ id: 'create_doc', status: 'open', newlyDone: false, progress: { value: 2, goal: 3 } });
    expect(run({ doc_created: 5 }, {})[0]).toEqual({ id: 'create_doc', status: 'done', newlyDone: true, progress: { value: 3, goal: 3 } });
  });

  test('a single-event step shows no count: "0 of 1" tells the user nothing', () => {
    const single = [step({ id: 'upload', label, complete: { kind: 'event', event: 'file_uploaded' } })];
    const [view] = stepProgress(single, {}, { eventCount: () => 0, matches: () => true });
    expect(view).toEqual({ id: 'upload', status: 'open', newlyDone: false });
  });

  test('a step already saved as done is not newly done again, and shows its goal reached', () => {
    const [first] = run({}, {}, { create_doc: { status: 'done', at } });
    expect(first).toEqual({ id: 'create_doc', status: 'done', newlyDone: false, progress: { value: 3, goal: 3 } });
  });

  test('a trait step completes when the traits match the condition', () => {
    expect(run({}, {})[1].status).toBe('open');
    expect(run({}, { company: 'Acme' })[1]).toMatchObject({ status: 'done', newlyDone: true });
  });

  test('a manual step stays open until saved as done', () => {
    expect(run({ doc_created: 9 }, { company: 'x' })[2].status).toBe('open');
    expect(run({}, {}, { tour: { status: 'done', at } })[2].status).toBe('done');
  });

  test('a skipped step counts as finished, and as done when its rule is met later', () => {
    expect(run({}, {}, { tour: { status: 'skipped', at } })[2]).toMatchObject({ status: 'skipped', newlyDone: false });
    expect(run({ doc_created: 3 }, {}, { create_doc: { status: 'skipped', at } })[0]).toMatchObject({ status: 'done', newlyDone: true });
  });

  test('persona steps are shown only to users in their audience', () => {
    expect(run({}, { role: 'engineer' }).map((s) => s.id)).toEqual(['create_doc', 'profile', 'tour']);
    expect(run({}, { role: 'marketer' }).map((s) => s.id)).toEqual(['create_doc', 'profile', 'tour', 'campaign']);
  });

  test('the checklist is complete when every visible step is done or skipped', () => {
    const saved = { tour: { status: 'skipped', at } } as const;
    expect(checklistComplete(run({ doc_created: 3 }, { role: 'engineer' }, saved))).toBe(false);
    expect(checklistComplete(run({ doc_created: 3 }, { role: 'engineer', company: 'Acme' }, saved))).toBe(true);
    expect(checklistComplete([])).toBe(false);
  });
});
