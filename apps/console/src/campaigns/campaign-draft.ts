import { CampaignSchema } from '@growthkit/core';
import { computed, signal } from '@preact/signals';
import { ruleIssues } from './campaign-rules.ts';
import { issueInWords } from './issue-in-words.ts';

/**
 * The editor's fields, each named by the campaign path it edits. A schema issue is shown at the first field whose
 * path holds the issue's path or is held by it (`content.title` missing "en" shows at the English title).
 */
const FIELDS = [
  'id',
  'name',
  'status',
  'widget',
  'content.title.en',
  'content.title.zh-CN',
  'audience',
  'trigger',
  'placement',
  'priority',
  'frequency.maxImpressions',
  'frequency.dismissCooldownHours',
  'schedule.start',
  'schedule.end',
] as const;

export type FieldName = (typeof FIELDS)[number];

export interface Issue {
  path: string;
  message: string;
}

const fieldOf = (path: string): FieldName | undefined =>
  FIELDS.find((field) => field === path || path.startsWith(`${field}.`) || field.startsWith(`${path}.`));

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path of the campaign JSON, undefined where there is none. */
const at = (campaign: Json, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (inner, key) => (isObject(inner) || Array.isArray(inner) ? (inner as Record<PropertyKey, unknown>)[key] : undefined),
    campaign,
  );

/** `target` with the value at `path` replaced (removed when undefined); objects left empty by a removal go too. */
function setAt(target: Json, path: readonly string[], value: unknown): Json {
  const [key, ...rest] = path;
  const copy = { ...target };
  const next = rest.length === 0 ? value : setAt(isObject(copy[key]) ? (copy[key] as Json) : {}, rest, value);
  if (next === undefined || (rest.length > 0 && isObject(next) && Object.keys(next).length === 0)) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** The campaign being edited, as the JSON it will be saved as, checked against core's CampaignSchema on every change. */
export function createDraft(initial: Json) {
  const value = signal<Json>(initial);
  const check = computed(() => CampaignSchema.safeParse(value.value));
  /** the schema's issues, in words, then the console's own rules */
  const issues = computed<Issue[]>(() => {
    const checked = check.value;
    const schema = checked.success
      ? []
      : checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issueInWords(issue, at(value.value, issue.path)) }));
    return [...schema, ...ruleIssues(value.value)];
  });
  /** each field's issues, all of them, so what the fields show adds up to the count; a widget's settings are under "widget" */
  const fieldErrors = computed(() => {
    const errors: Partial<Record<FieldName, string>> = {};
    for (const issue of issues.value) {
      const field = fieldOf(issue.path) ?? 'widget';
      errors[field] = errors[field] === undefined ? issue.message : `${errors[field]} ${issue.message}`;
    }
    return errors;
  });
  /** text typed that is not JSON yet (the audience, the JSON view): the draft still holds the last value that was */
  const unreadable = signal<Partial<Record<'audience' | 'json', string>>>({});
  /** every problem a save would refuse: the issues and the text that is not JSON */
  const problems = computed(() => issues.value.length + Object.keys(unreadable.value).length);
  const touched = signal<ReadonlySet<string>>(new Set());
  /** after a save was tried, every field shows its error, not only those the user changed */
  const submitted = signal(false);
  /** what the collector refused at a field (an id already taken), shown there until the field changes */
  const refusals = signal<Partial<Record<FieldName, string>>>({});
  const holds = (field: string, path: string) => path === field || path.startsWith(`${field}.`) || field.startsWith(`${path}.`);
  return {
    value,
    check,
    issues,
    problems,
    unreadable,
    fieldErrors,
    touched,
    submitted,
    /** the error the field shows now */
    errorAt(field: FieldName): string | undefined {
      const changed = [...touched.value].some((path) => holds(field, path));
      const refused = refusals.value[field];
      if (refused !== undefined) return refused;
      return submitted.value || changed ? fieldErrors.value[field] : undefined;
    },
    /** shows the collector's refusal at the field holding `path`; false when no field of the form holds it */
    /** marks (or, with undefined, clears) text typed in `where` that is not JSON yet */
    setUnreadable(where: 'audience' | 'json', message: string | undefined) {
      const { [where]: _, ...others } = unreadable.value;
      unreadable.value = message === undefined ? others : { ...others, [where]: message };
    },
    refuse(path: string, message: string): boolean {
      const field = fieldOf(path);
      if (field === undefined) return false;
      refusals.value = { ...refusals.value, [field]: message };
      return true;
    },
    set(field: string, next: unknown) {
      value.value = setAt(value.value, field.split('.'), next);
      touched.value = new Set([...touched.value, field]);
      refusals.value = Object.fromEntries(Object.entries(refusals.value).filter(([refused]) => !holds(refused, field)));
    },
    replace(next: Json) {
      value.value = next;
    },
  };
}

export type Draft = ReturnType<typeof createDraft>;

/** The value at a dotted path of the draft, e.g. `content.title.zh-CN`. */
export function valueAt(draft: Draft, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (isObject(at) ? at[key] : undefined), draft.value.value);
}
