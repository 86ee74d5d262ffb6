import { Fragment, h } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { format } from '../i18n/format.ts';
import { Icon, ICON } from '../icon.tsx';
import type { ChecklistProps, ChecklistStepStatus, ChecklistStepView } from './props.ts';
import type { ChecklistStrings } from './strings.ts';

interface StepProps {
  step: ChecklistStepView;
  status: ChecklistStepStatus;
  index: number;
  expanded: boolean;
  locale: string;
  t: ChecklistStrings;
  on: Pick<ChecklistProps, 'onAction' | 'onSkip' | 'onMarkDone'>;
  onExpand(expand: boolean): void;
}

/** the row's disclosure chevron, turned over while expanded */
const CHEVRON = 'M4 6l4 4 4-4';

/** What the row's mark shows: a tick when done, a dash when skipped, else the step's number. */
function Mark({ status, index, locale }: { status: ChecklistStepStatus['status']; index: number; locale: string }) {
  if (status === 'done') return <Icon d={ICON.check} />;
  if (status === 'skipped') return <>–</>;
  return <>{format('{n}', locale, { n: index + 1 })}</>;
}

/** One row of the checklist: a disclosure button with the step's state, and its details and actions below. */
export function Step({ step, status: { status, progress }, index, expanded, locale, t, on, onExpand }: StepProps) {
  const { id, action } = step;
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
        <span class="mark" aria-hidden>
          <Mark status={status} index={index} locale={locale} />
        </span>
        <span class="label">
          {step.label}
          <span class="sr">{t.state[status]}</span>
        </span>
        {status === 'skipped' && (
          <span class="tag" aria-hidden>
            {t.skipped}
          </span>
        )}
        {progress && status === 'open' && <span class="tag">{format(t.of, locale, { done: progress.value, total: progress.goal })}</span>}
        <Icon d={CHEVRON} />
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
