import type { CampaignSchema } from '@growthkit/core';

/** One problem the campaign schema finds (zod's issue, as core's CampaignSchema reports it). */
export type SchemaIssue = NonNullable<ReturnType<typeof CampaignSchema.safeParse>['error']>['issues'][number];

/** What the form calls each field, so a problem names the field as the product manager sees it. */
const NAMES: Record<string, string> = {
  id: 'The campaign id',
  name: 'The name',
  status: 'The status',
  widget: 'The widget',
  'widget.type': 'The widget type',
  content: 'The content',
  'content.title': 'The title',
  'content.title.en': 'The English title',
  'content.title.zh-CN': 'The Chinese title',
  audience: 'The audience',
  trigger: 'The trigger',
  'trigger.path': 'The page path',
  'trigger.event': 'The event name',
  'trigger.metric': 'The usage metric',
  placement: 'The placement',
  'placement.slot': 'The slot name',
  priority: 'Priority',
  'frequency.maxImpressions': 'Most impressions per user',
  'frequency.dismissCooldownHours': 'Hours before showing again',
  'schedule.start': 'The start',
  'schedule.end': 'The end',
};

/** The field's name in words: the form's label, else the widget setting or campaign path it is. */
function nameOf(path: string): string {
  if (NAMES[path]) return NAMES[path];
  if (path.startsWith('widget.')) return `The widget setting “${path.slice('widget.'.length)}”`;
  return path === '' ? 'The campaign' : `“${path}”`;
}

const KINDS: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  array: 'a list',
  object: 'a group of settings',
  boolean: 'true or false',
};

const plural = (count: number, one: string) => `${count} ${one}${count === 1 ? '' : 's'}`;

/** How far a size goes, in words: "at least 1", "more than 0", "at least 3 characters". */
function bound(issue: { origin: string; inclusive?: boolean }, limit: number | bigint | Date, side: 'least' | 'most'): string {
  const value = Number(limit);
  if (issue.origin === 'string') return `${side === 'least' ? 'at least' : 'at most'} ${plural(value, 'character')}`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${side === 'least' ? 'at least' : 'at most'} ${plural(value, 'item')}`;
  if (issue.inclusive === false) return `${side === 'least' ? 'more' : 'less'} than ${value}`;
  return `${side === 'least' ? 'at least' : 'at most'} ${value}`;
}

/** The rule the value breaks, in plain words, after the field's name ("must be a whole number"). */
function ruleOf(issue: SchemaIssue, given: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (given === undefined) return 'is required';
      return `must be ${KINDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return 'cannot be empty';
      return `must be ${bound(issue, issue.minimum, 'least')}`;
    case 'too_big':
      return `must be ${bound(issue, issue.maximum, 'most')}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return `must be one of: ${options.map(String).join(', ')}`;
      return 'does not fit any of the shapes it may take (see the JSON view)';
    }
    case 'invalid_format':
      if (issue.format === 'datetime') return 'must be a date and time';
      // a pattern the schema words itself (the id's) is already plain
      return issue.message.startsWith('Invalid') ? `is not a valid ${issue.format}` : issue.message;
    case 'unrecognized_keys':
      return `has settings GrowthKit does not know: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

/**
 * A schema issue as a product manager reads it: the field's name and the rule, e.g. "Priority must be a whole number.".
 * `given` is the value at the issue's path (zod leaves it out of the issue).
 */
export function issueInWords(issue: SchemaIssue, given: unknown): string {
  return `${nameOf(issue.path.join('.'))} ${ruleOf(issue, given)}.`;
}
