import { h } from 'preact';
import { format } from '../i18n/format.ts';
import { ProgressBar } from '../progress-bar.tsx';
import type { AhaProps } from './props.ts';
import { strings } from './strings.ts';

type MilestoneBarProps = Pick<AhaProps, 'locale' | 'unit' | 'milestones' | 'value' | 'reached'>;

/** The progress row: a bar with a tick per milestone and "12 of 50 customers". It alone follows the metric. */
export function MilestoneBar({ locale, unit, milestones, value, reached }: MilestoneBarProps) {
  const t = strings(locale);
  const goal = milestones[milestones.length - 1].at;
  const shown = Math.min(value.value, goal);
  const next = milestones.find((milestone) => !reached.value.includes(milestone.at));
  const percent = (at: number) => (at / goal) * 100;
  const count = format(t.of, locale, { value: shown, goal, unit: unit ?? '' }).trim();

  return (
    <ProgressBar
      max={goal}
      now={shown}
      percent={percent(shown)}
      valueText={next ? `${count}. ${format(t.next, locale, next)}` : count}
      label={count}
    >
      {milestones.slice(0, -1).map(({ at }) => (
        <span key={at} class="tick" style={{ insetInlineStart: `${percent(at)}%` }} />
      ))}
    </ProgressBar>
  );
}
