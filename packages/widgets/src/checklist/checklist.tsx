import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CardHead } from '../card-head.tsx';
import { Icon, ICON } from '../icon.tsx';
import { direction } from '../i18n/direction.ts';
import { format, strings } from '../i18n/strings.ts';
import type { ChecklistProps } from './props.ts';
import { Step } from './step.tsx';

const PANEL = 'gk-panel';
const TITLE = 'gk-title';

/** The onboarding checklist card, or its compact launcher when collapsed. Renders the props it is given. */
export function Checklist(props: ChecklistProps) {
  const { locale, title, steps, collapsed } = props;
  const t = strings(locale);
  // Skipped steps leave the count, so finishing the rest fills the bar and "2 of 5" never counts a skip as done.
  const total = steps.filter((step) => step.status !== 'skipped').length;
  const done = steps.filter((step) => step.status === 'done').length;
  const complete = steps.every((step) => step.status !== 'open');
  const percent = total ? (done / total) * 100 : 100;
  const doneText = props.doneText ?? t.allDone;

  // undefined: follow the first open step; otherwise the step the user opened (or null: all closed)
  const [chosen, choose] = useState<string | null>();
  const expanded = chosen === undefined ? steps.find((step) => step.status === 'open')?.id : chosen;
  const [announcement, announce] = useState('');
  const previous = useRef(steps);
  useEffect(() => {
    const before = new Map(previous.current.map((step) => [step.id, step.status]));
    previous.current = steps;
    const finished = steps.find((step) => step.status !== 'open' && before.get(step.id) === 'open');
    if (!finished) return;
    if (finished.id === chosen) choose(undefined);
    const said = format(finished.status === 'done' ? t.stepDone : t.stepSkipped, locale, { step: finished.label });
    announce(complete ? `${said}. ${doneText}` : said);
  }, [steps]);

  // Focus follows a toggle the user made (to the launcher, or back into the card); the runtime owns `collapsed`.
  const toggled = useRef(false);
  const launcher = useRef<HTMLButtonElement>(null);
  const collapse = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (toggled.current) (collapsed ? launcher : collapse).current?.focus();
    toggled.current = false;
  }, [collapsed]);
  const toggle = (to: boolean) => {
    toggled.current = true;
    props.onToggle(to);
  };

  return (
    <div class="gk" dir={direction(locale)} lang={locale}>
      {collapsed ? (
        <button ref={launcher} class="gk-launch" aria-expanded="false" aria-controls={PANEL} onClick={() => toggle(false)}>
          <span class="gk-ring" style={{ '--gk-p': percent }} />
          {t.launcher} · {format('{done}/{total}', locale, { done, total })}
          <span class="gk-sr"> {t.open}</span>
        </button>
      ) : (
        <section
          id={PANEL}
          class="gk-card"
          aria-labelledby={TITLE}
          onKeyDown={(event) => event.key === 'Escape' && toggle(true)}
        >
          <CardHead id={TITLE} title={title} dismiss={t.dismiss} onDismiss={props.onDismiss}>
            <button ref={collapse} class="gk-icon" aria-label={t.collapse} aria-expanded="true" aria-controls={PANEL} onClick={() => toggle(true)}>
              <Icon d={ICON.minimize} />
            </button>
          </CardHead>
          {props.body && <p class="gk-body">{props.body}</p>}
          {complete && (
            <div class="gk-party">
              <span class="gk-badge">
                <Icon d={ICON.check} />
              </span>
              {doneText}
            </div>
          )}
          <div class="gk-progress">
            <div
              class="gk-bar"
              role="progressbar"
              aria-labelledby={TITLE}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
              aria-valuetext={format(t.stepsDone, locale, { done, total })}
            >
              <div class="gk-fill" style={{ width: `${percent}%` }} />
            </div>
            <span class="gk-of">{format(t.of, locale, { done, total })}</span>
          </div>
          <ol class="gk-steps">
            {steps.map((step, index) => (
              <Step
                key={step.id}
                step={step}
                index={index}
                expanded={step.id === expanded}
                locale={locale}
                t={t}
                on={props}
                onExpand={(expand) => choose(expand ? step.id : null)}
              />
            ))}
          </ol>
        </section>
      )}
      <p class="gk-sr" role="status">
        {announcement}
      </p>
    </div>
  );
}
