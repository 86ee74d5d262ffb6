import { expect, test } from 'vitest';
import { createDraft } from '../src/campaigns/campaign-draft.ts';
import { upsellPreview } from '../src/preview/upsell-preview.ts';

const campaign = () => ({
  id: 'tip',
  widget: upsellPreview.starter,
  content: { title: { en: 'Upgrade' } },
});

test('a blank English title is an error at that field, and the draft cannot be saved', () => {
  const draft = createDraft(campaign());
  draft.set('content.title.en', '  ');
  expect(draft.errorAt('content.title.en')).toContain('The English title is required');
  expect(draft.problems.value).toBe(1);
});

test('an end before the start is an error at the end; an end after it is fine', () => {
  const draft = createDraft(campaign());
  draft.set('schedule.start', '2027-01-10T10:00:00.000Z');
  draft.set('schedule.end', '2026-01-10T10:00:00.000Z');
  expect(draft.errorAt('schedule.end')).toBe('The end must be after the start, or the campaign never shows.');
  draft.set('schedule.end', '2027-02-10T10:00:00.000Z');
  expect(draft.errorAt('schedule.end')).toBeUndefined();
  expect(draft.problems.value).toBe(0);
});

test('schema errors name the field and the rule in plain words, not the validator’s', () => {
  const draft = createDraft(campaign());
  draft.submitted.value = true;
  draft.set('priority', 2.5);
  draft.set('frequency.maxImpressions', -3);
  expect(draft.errorAt('priority')).toBe('Priority must be a whole number.');
  expect(draft.errorAt('frequency.maxImpressions')).toBe('Most impressions per user must be at least 1.');
  draft.replace({ ...campaign(), widget: { type: 'surveyx' } });
  expect(draft.errorAt('widget')).toBe(
    'The widget type must be one of: checklist, aha, value-summary, quota, upsell, renewal, survey, cancel-flow.',
  );
  draft.replace({ ...campaign(), status: 'on', widget: { type: 'upsell' } });
  expect(draft.errorAt('status')).toBe('The status must be one of: live, paused, draft.');
  expect(draft.errorAt('widget')).toBe('The widget setting “offers” is required.');
});

test('the count of problems is what the fields show: every issue of a field, and text that is not JSON yet', () => {
  const draft = createDraft(campaign());
  draft.set('priority', 2.5);
  draft.set('frequency.maxImpressions', -3);
  draft.setUnreadable('audience', 'The audience is not valid JSON yet: Unexpected end of JSON input');
  expect(draft.problems.value).toBe(3);
  draft.setUnreadable('audience', undefined);
  expect(draft.problems.value).toBe(2);
});

test('a refusal by the collector shows at its field until that field changes', () => {
  const draft = createDraft(campaign());
  expect(draft.refuse('id', 'The id "tip" is taken by another campaign.')).toBe(true);
  expect(draft.errorAt('id')).toBe('The id "tip" is taken by another campaign.');
  draft.set('name', 'Tip');
  expect(draft.errorAt('id')).toBe('The id "tip" is taken by another campaign.');
  draft.set('id', 'tip-2');
  expect(draft.errorAt('id')).toBeUndefined();
});
