import { CampaignSchema } from '@growthkit/core';
import { computed, signal } from '@preact/signals';

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
  const issues = computed<Issue[]>(() => {
    const checked = check.value;
    return checked.success ? [] : checked.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  });
  /** each field's first issue; issues no field holds (a widget's settings) are under "widget" or listed by the JSON view */
  const fieldErrors = computed(() => {
    const errors: Partial<Record<FieldName, string>> = {};
    for (const issue of issues.value) {
      const field = fieldOf(issue.path) ?? 'widget';
      errors[field] ??= field === 'widget' && issue.path !== 'widget' ? `${issue.path}: ${issue.message}` : issue.message;
    }
    return errors;
  });
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
