import { Component, createRef, h } from 'preact';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import { Icon, ICON } from '../icon.tsx';
import { format } from '../i18n/format.ts';
import { strings } from '../i18n/strings.ts';
import type { ChecklistProps } from './props.ts';
import { Step } from './step.tsx';

const PANEL = 'panel';

interface ChecklistState {
  /** undefined: follow the first open step; otherwise the step the user opened (or null: all closed) */
  chosen?: string | null;
  announcement?: string;
}

/**
 * The onboarding checklist card, or its compact launcher when collapsed. Renders the props it is given.
 * A class, not hooks: preact/hooks would add about 1 KB gzip to the shared widget chunk.
 */
export class Checklist extends Component<ChecklistProps, ChecklistState> {
  // Focus follows a toggle the user made (to the launcher, or back into the card); the runtime owns `collapsed`.
  declare toggled?: boolean;
  launcher = createRef<HTMLButtonElement>();
  collapse = createRef<HTMLButtonElement>();

  componentDidUpdate(previous: ChecklistProps) {
    const { locale, steps, collapsed } = this.props;
    if (collapsed !== previous.collapsed) {
      if (this.toggled) (collapsed ? this.launcher : this.collapse).current?.focus();
      this.toggled = false;
    }
    // a step finished since the last render is said in the live region
    const wasOpen = (id: string) => previous.steps.some((step) => step.id === id && step.status === 'open');
    const finished = steps.find((step) => step.status !== 'open' && wasOpen(step.id));
    if (!finished) return;
    const t = strings(locale).checklist;
    const said = format(finished.status === 'done' ? t.stepDone : t.stepSkipped, locale, { step: finished.label });
    const complete = steps.every((step) => step.status !== 'open');
    this.setState({ announcement: complete ? `${said}. ${this.props.doneText ?? t.allDone}` : said });
    if (finished.id === this.state.chosen) this.setState({ chosen: undefined });
  }

  render(props: ChecklistProps, { chosen, announcement }: ChecklistState) {
    const { locale, steps } = props;
    const t = strings(locale).checklist;
    // Skipped steps leave the count, so finishing the rest fills the bar and "2 of 5" never counts a skip as done.
    const counts = {
      done: steps.filter((step) => step.status === 'done').length,
      total: steps.filter((step) => step.status !== 'skipped').length,
    };
    const { done, total } = counts;
    const percent = total ? (done / total) * 100 : 100;
    const expanded = chosen === undefined ? steps.find((step) => step.status === 'open')?.id : chosen;
    const toggle = (to: boolean) => {
      this.toggled = true;
      props.onToggle(to);
    };

    return (
      <div class="kit checklist" dir={direction(locale)} lang={locale}>
        {props.collapsed ? (
          <button ref={this.launcher} class="launch" aria-expanded="false" aria-controls={PANEL} onClick={() => toggle(false)}>
            <span class="ring" style={{ '--gk-p': percent }} />
            {t.launcher} · {format('{done}/{total}', locale, counts)}
            <span class="sr"> {t.open}</span>
          </button>
        ) : (
          <Card
            id={PANEL}
            title={props.title}
            body={props.body}
            locale={locale}
            onDismiss={props.onDismiss}
            onKeyDown={(event) => event.key === 'Escape' && toggle(true)}
            actions={
              <button
                ref={this.collapse}
                class="icon"
                aria-label={t.collapse}
                aria-expanded="true"
                aria-controls={PANEL}
                onClick={() => toggle(true)}
              >
                <Icon d={ICON.minimize} />
              </button>
            }
          >
            {done === total && (
              <div class="party">
                <span class="badge">
                  <Icon d={ICON.check} />
                </span>
                {props.doneText ?? t.allDone}
              </div>
            )}
            <div class="progress">
              <div
                class="bar"
                role="progressbar"
                aria-labelledby="title"
                aria-valuemin={0}
                aria-valuemax={total}
                aria-valuenow={done}
                aria-valuetext={format(t.stepsDone, locale, counts)}
              >
                <div class="fill" style={{ width: `${percent}%` }} />
              </div>
              <span class="of">{format(t.of, locale, counts)}</span>
            </div>
            <ol class="steps">
              {steps.map((step, index) => (
                <Step
                  key={step.id}
                  step={step}
                  index={index}
                  expanded={step.id === expanded}
                  locale={locale}
                  t={t}
                  on={props}
                  onExpand={(expand) => this.setState({ chosen: expand ? step.id : null })}
                />
              ))}
            </ol>
          </Card>
        )}
        <p class="sr" role="status">
          {announcement}
        </p>
      </div>
    );
  }
}
