import { h } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { Icon, ICON } from '../icon.tsx';
import { format } from '../i18n/format.ts';
import type { Strings } from '../i18n/strings.ts';
import type { ChecklistProps, ChecklistStepView } from './props.ts';

interface StepProps {
  step: ChecklistStepView;
  index: number;
  expanded: boolean;
  locale: string;
  t: Strings['checklist'];
  on: Pick<ChecklistProps, 'onAction' | 'onSkip' | 'onMarkDone'>;
  onExpand(expand: boolean): void;
}

/** One row of the checklist: a disclosure button with the step's state, and its details and actions below. */
export function Step({ step, index, expanded, locale, t, on, onExpand }: StepProps) {
  const { id, status, action, progress } = step;
  const detailId = `step-${id}`;
  // "Mark as done" and "Skip" vanish with the step's new status, and focus would fall to the page: it goes to this
  // step's own row first. Nothing else moves focus.
  const press = (callback: (stepId: string) => void) => (event: MouseEvent) => {
    ((event.currentTarget as Element).closest('li')!.firstChild as HTMLElement).focus();
    callback(id);
  };

  return (
    <li class={`${status}${expanded ? ' expanded' : ''}`}>
      <button class="row" aria-expanded={expanded} aria-controls={detailId} onClick={() => onExpand(!expanded)}>
        <span class="mark" aria-hidden="true">
          {status === 'done' ? <Icon d={ICON.check} /> : status === 'skipped' ? '–' : format('{n}', locale, { n: index + 1 })}
        </span>
        <span class="label">
          {step.label}
          <span class="sr"> ({status === 'open' ? t.todo : t[status]})</span>
        </span>
        {status === 'skipped' && (
          <span class="tag" aria-hidden="true">
            {t.skipped}
          </span>
        )}
        {progress && status === 'open' && <span class="tag">{format(t.of, locale, { done: progress.value, total: progress.goal })}</span>}
        <Icon d={ICON.chevron} />
      </button>
      <div id={detailId} class="detail" hidden={!expanded}>
        {step.description && <p class="desc">{step.description}</p>}
        <div class="actions">
          {action && <CallToAction class="btn primary" action={action} onClick={() => on.onAction(id)} />}
          {step.manual && status !== 'done' && (
            <button class="btn" onClick={press(on.onMarkDone)}>
              {t.markDone}
            </button>
          )}
          {step.skippable && status === 'open' && (
            <button class="btn quiet" onClick={press(on.onSkip)}>
              {t.skip}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
