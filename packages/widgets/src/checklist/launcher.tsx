import { h, type RefObject } from 'preact';
import { format } from '../i18n/format.ts';
import { PANEL } from './panel-id.ts';
import type { ChecklistProps } from './props.ts';
import { stepCounts } from './step-counts.ts';
import { strings } from './strings.ts';

interface LauncherProps extends Pick<ChecklistProps, 'locale' | 'statuses'> {
  buttonRef: RefObject<HTMLButtonElement>;
  onOpen(): void;
}

/** The collapsed checklist: a button with a progress ring and "Get started · 2/6" that opens the card again. */
export function Launcher({ locale, statuses, buttonRef, onOpen }: LauncherProps) {
  const t = strings(locale);
  const counts = stepCounts(statuses.value);
  return (
    <button ref={buttonRef} class="launch" aria-expanded="false" aria-controls={PANEL} onClick={onOpen}>
      <span class="ring" style={{ '--gk-p': `${counts.percent}%` }} />
      {t.launcher} · {format('{done}/{total}', locale, counts)}
      <span class="sr"> {t.open}</span>
    </button>
  );
}
