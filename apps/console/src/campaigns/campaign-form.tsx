import { Fragment, h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { WIDGET_TYPES, type Condition, type Trigger, type WidgetType } from '@growthkit/core';
import { WIDGET_PREVIEWS } from '../preview/widget-previews.ts';
import { Field } from '../ui/field.tsx';
import { type Draft, type FieldName, valueAt } from './campaign-draft.ts';
import { describeAudience } from './describe-audience.ts';

const TRIGGERS: { type: Trigger['type']; label: string; starter: Trigger }[] = [
  { type: 'page', label: 'Page view', starter: { type: 'page', path: '*' } },
  { type: 'event', label: 'After an event', starter: { type: 'event', event: '', count: 1 } },
  { type: 'usage', label: 'Usage reaches a threshold', starter: { type: 'usage', metric: '', threshold: 0.8 } },
  { type: 'schedule', label: 'Lifecycle (days since signup, to renewal)', starter: { type: 'schedule' } },
  { type: 'manual', label: 'Only when the app calls show()', starter: { type: 'manual' } },
];

/** The trigger's one detail the form edits; the rest of a trigger is edited in the JSON view. */
const TRIGGER_DETAIL: Partial<Record<Trigger['type'], { key: string; label: string; hint: string }>> = {
  page: { key: 'path', label: 'Page path', hint: '"*" matches any run of characters, e.g. /docs/*' },
  event: { key: 'event', label: 'Event name', hint: 'The event the app tracks, e.g. doc_created' },
  usage: { key: 'metric', label: 'Usage metric', hint: 'The meter the app reports with usage(), e.g. storage_gb' },
};

const FLOATING = ['corner-end', 'corner-start', 'banner', 'modal'] as const;

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const numberOrUndefined = (value: string) => (value.trim() === '' ? undefined : Number(value));
/** An ISO time as a datetime-local input's value, in the browser's time zone. */
const localInput = (iso: unknown) => {
  const at = typeof iso === 'string' ? new Date(iso) : undefined;
  return at && !Number.isNaN(at.getTime()) ? new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '';
};

/** The browser's time zone: the schedule's inputs are on its clock, where the rest of the console writes UTC. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A schedule field's hint: whose clock it is read on and, once set, the instant in UTC as the console writes times. */
function scheduleHint(empty: string, iso: unknown): string {
  const at = typeof iso === 'string' ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(at)) return `${empty} In your time zone, ${ZONE}.`;
  return `In your time zone, ${ZONE}: ${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
}

function AudienceField({ draft }: { draft: Draft }) {
  const [raw, setRaw] = useState(() => {
    const audience = valueAt(draft, 'audience') ?? {};
    // a short condition reads best on one line, as it is usually written
    const line = JSON.stringify(audience);
    return line.length <= 80 ? line : JSON.stringify(audience, null, 2);
  });
  const syntax = draft.unreadable.value.audience;
  // text that never became JSON goes with the form; the draft keeps the last audience that did
  useEffect(() => () => draft.setUnreadable('audience', undefined), [draft]);
  const audience = valueAt(draft, 'audience');
  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLTextAreaElement).value;
    setRaw(next);
    try {
      draft.set('audience', next.trim() === '' ? {} : JSON.parse(next));
      draft.setUnreadable('audience', undefined);
    } catch (error) {
      draft.setUnreadable('audience', `The audience is not valid JSON yet: ${(error as Error).message}`);
    }
  };
  const words =
    syntax === undefined && typeof audience === 'object' && audience !== null ? describeAudience(audience as Condition) : undefined;
  return (
    <Field
      id="field-audience"
      label="Audience"
      class="span-2"
      hint={
        <span>
          A GrowthBook condition on the user’s traits, e.g. <code>{'{ "plan": { "$in": ["trial", "basic"] } }'}</code>; <code>{'{}'}</code>{' '}
          is everyone. {words && <strong class="in-words">In words: {words}</strong>}
        </span>
      }
      error={syntax ?? draft.errorAt('audience')}
    >
      {(control) => (
        <textarea
          {...control}
          class="code"
          rows={Math.min(10, Math.max(3, raw.split('\n').length))}
          spellcheck={false}
          value={raw}
          onInput={onInput}
        />
      )}
    </Field>
  );
}

/** The form for a campaign's common fields; widget settings (steps, offers…) are edited in the JSON view. */
export function CampaignForm({ draft, isNew }: { draft: Draft; isNew: boolean }) {
  const input =
    (field: FieldName, parse: (value: string) => unknown = (value) => (value === '' ? undefined : value)) =>
    (event: Event) =>
      draft.set(field, parse((event.currentTarget as HTMLInputElement).value));
  const trigger = (valueAt(draft, 'trigger') ?? { type: 'page' }) as Trigger;
  const detail = TRIGGER_DETAIL[trigger.type];
  const placement = (valueAt(draft, 'placement') ?? {}) as { slot?: string; floating?: string };
  const where = placement.slot === undefined ? (placement.floating ?? 'corner-end') : 'slot';
  const widgetType = (valueAt(draft, 'widget') as { type?: WidgetType } | undefined)?.type;

  return (
    <div class="form-grid">
      <fieldset class="group">
        <legend>Campaign</legend>
        <div class="group-fields">
          <Field
            id="field-id"
            label="Campaign id"
            hint={isNew ? 'Lower-case letters, digits, "_" and "-"; it cannot change once saved.' : 'The id cannot change.'}
            error={draft.errorAt('id')}
          >
            {(control) => (
              <input {...control} class="mono" value={text(valueAt(draft, 'id'))} readOnly={!isNew} onInput={input('id', String)} />
            )}
          </Field>
          <Field id="field-name" label="Name" hint="For the console only; users never see it." error={draft.errorAt('name')}>
            {(control) => <input {...control} value={text(valueAt(draft, 'name'))} onInput={input('name')} />}
          </Field>
          <Field
            id="field-status"
            label="Status"
            hint="Live campaigns go to browsers on their next config fetch."
            error={draft.errorAt('status')}
          >
            {(control) => (
              <select {...control} value={text(valueAt(draft, 'status')) || 'live'} onChange={input('status')}>
                <option value="draft">Draft</option>
                <option value="live">Live</option>
                <option value="paused">Paused</option>
              </select>
            )}
          </Field>
          <Field
            id="field-widget"
            label="Widget"
            hint={
              isNew
                ? 'Choosing one starts from its sample settings; edit them in the JSON view.'
                : 'Its settings are edited in the JSON view.'
            }
            error={draft.errorAt('widget')}
          >
            {(control) => (
              <select
                {...control}
                value={widgetType}
                disabled={!isNew}
                onChange={(event) =>
                  draft.set('widget', WIDGET_PREVIEWS[(event.currentTarget as HTMLSelectElement).value as WidgetType].starter)
                }
              >
                {WIDGET_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {WIDGET_PREVIEWS[type].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Content</legend>
        <div class="group-fields">
          <Field
            id="field-title-en"
            label="Title (English)"
            hint="Required: the fallback for every locale."
            error={draft.errorAt('content.title.en')}
          >
            {(control) => (
              <input {...control} value={text(valueAt(draft, 'content.title.en'))} onInput={input('content.title.en', String)} />
            )}
          </Field>
          <Field
            id="field-title-zh"
            label={
              <>
                Title (<span lang="zh-CN">简体中文</span>)
              </>
            }
            hint="Left empty, Chinese readers see the English title."
            error={draft.errorAt('content.title.zh-CN')}
          >
            {(control) => (
              <input {...control} lang="zh-CN" value={text(valueAt(draft, 'content.title.zh-CN'))} onInput={input('content.title.zh-CN')} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset class="group span-2">
        <legend>Who and when</legend>
        <div class="group-fields">
          <AudienceField draft={draft} />
          <Field id="field-trigger" label="Trigger" error={draft.errorAt('trigger')}>
            {(control) => (
              <select
                {...control}
                value={trigger.type}
                onChange={(event) =>
                  draft.set('trigger', TRIGGERS.find((option) => option.type === (event.currentTarget as HTMLSelectElement).value)?.starter)
                }
              >
                {TRIGGERS.map((option) => (
                  <option key={option.type} value={option.type}>
                    {option.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {detail && (
            <Field id="field-trigger-detail" label={detail.label} hint={detail.hint}>
              {(control) => (
                <input
                  {...control}
                  class="mono"
                  value={text((trigger as Record<string, unknown>)[detail.key])}
                  onInput={input(`trigger.${detail.key}` as FieldName, String)}
                />
              )}
            </Field>
          )}
          <Field id="field-placement" label="Placement" error={draft.errorAt('placement')}>
            {(control) => (
              <select
                {...control}
                value={where}
                onChange={(event) => {
                  const chosen = (event.currentTarget as HTMLSelectElement).value;
                  draft.set('placement', chosen === 'slot' ? { slot: '' } : { floating: chosen });
                }}
              >
                {FLOATING.map((place) => (
                  <option key={place} value={place}>
                    Floating: {place}
                  </option>
                ))}
                <option value="slot">Inline, in a slot of the page</option>
              </select>
            )}
          </Field>
          {where === 'slot' && (
            <Field id="field-slot" label="Slot name" hint={'The page’s <div data-growthkit="…"> to fill.'}>
              {(control) => (
                <input {...control} class="mono" value={placement.slot} onInput={input('placement.slot' as FieldName, String)} />
              )}
            </Field>
          )}
          <Field id="field-priority" label="Priority" hint="Higher shows first when campaigns compete." error={draft.errorAt('priority')}>
            {(control) => (
              <input
                {...control}
                type="number"
                step="1"
                value={String(valueAt(draft, 'priority') ?? 0)}
                onInput={input('priority', numberOrUndefined)}
              />
            )}
          </Field>
          <Field id="field-max" label="Most impressions per user" hint="Empty: no limit." error={draft.errorAt('frequency.maxImpressions')}>
            {(control) => (
              <input
                {...control}
                type="number"
                min="1"
                step="1"
                value={String(valueAt(draft, 'frequency.maxImpressions') ?? '')}
                onInput={input('frequency.maxImpressions', numberOrUndefined)}
              />
            )}
          </Field>
          <Field
            id="field-cooldown"
            label="Hours before showing again after a dismissal"
            hint="Empty: a dismissed campaign never shows again."
            error={draft.errorAt('frequency.dismissCooldownHours')}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min="0"
                value={String(valueAt(draft, 'frequency.dismissCooldownHours') ?? '')}
                onInput={input('frequency.dismissCooldownHours', numberOrUndefined)}
              />
            )}
          </Field>
          <Field
            id="field-start"
            label="Starts"
            hint={scheduleHint('Empty: as soon as it is live.', valueAt(draft, 'schedule.start'))}
            error={draft.errorAt('schedule.start')}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={localInput(valueAt(draft, 'schedule.start'))}
                onInput={input('schedule.start', (value) => (value === '' ? undefined : new Date(value).toISOString()))}
              />
            )}
          </Field>
          <Field
            id="field-end"
            label="Ends"
            hint={scheduleHint('Empty: no end.', valueAt(draft, 'schedule.end'))}
            error={draft.errorAt('schedule.end')}
          >
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={localInput(valueAt(draft, 'schedule.end'))}
                onInput={input('schedule.end', (value) => (value === '' ? undefined : new Date(value).toISOString()))}
              />
            )}
          </Field>
        </div>
      </fieldset>
    </div>
  );
}
