import { Fragment, h } from 'preact';
import { format } from '../i18n/format.ts';
import { Icon, ICON } from '../icon.tsx';
import { ProgressBar } from '../progress-bar.tsx';
import type { ChecklistProps } from './props.ts';
import { stepCounts } from './step-counts.ts';
import { strings } from './strings.ts';

type ChecklistProgressProps = Pick<ChecklistProps, 'locale' | 'doneText' | 'statuses'>;

/** "2 of 6" with its progressbar, and the celebration once every step is done or skipped. */
export function ChecklistProgress({ locale, doneText, statuses }: ChecklistProgressProps) {
  const t = strings(locale);
  const counts = stepCounts(statuses.value);
  const { done, total, percent } = counts;
  return (
    <>
      {done === total && (
        <div class="party">
          <span class="badge">
            <Icon d={ICON.check} />
          </span>
          {doneText ?? t.allDone}
        </div>
      )}
      <ProgressBar
        max={total}
        now={done}
        percent={percent}
        valueText={format(t.stepsDone, locale, counts)}
        label={format(t.of, locale, counts)}
      />
    </>
  );
}
