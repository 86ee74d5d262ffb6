import { Component, h } from 'preact';
import type { ChecklistProps } from './props.ts';
import { Step } from './step.tsx';
import { strings } from './strings.ts';

type StepsProps = Pick<ChecklistProps, 'locale' | 'steps' | 'statuses' | 'onAction' | 'onSkip' | 'onMarkDone'>;

interface StepsState {
  /** the step the user opened, and whether it was open (to do) then; null: the user closed them all */
  chosen?: { id: string; wasOpen: boolean } | null;
}

/**
 * The steps the user sees, in order. One is expanded: the first open step, unless the user opened another, which
 * stays open until it finishes (then the first open step is followed again).
 */
export class Steps extends Component<StepsProps, StepsState> {
  render(props: StepsProps, { chosen }: StepsState) {
    const { locale, steps } = props;
    const t = strings(locale);
    const statuses = props.statuses.value;
    const firstOpen = statuses.find((step) => step.status === 'open')?.id;
    const statusOf = (id: string) => statuses.find((step) => step.id === id)?.status;
    const followFirstOpen = chosen === undefined || (chosen?.wasOpen && statusOf(chosen.id) !== 'open');
    const expanded = followFirstOpen ? firstOpen : chosen?.id;

    return (
      <ol class="steps">
        {statuses.map((status, index) => (
          <Step
            key={status.id}
            step={steps.find((step) => step.id === status.id)!}
            status={status}
            index={index}
            expanded={status.id === expanded}
            locale={locale}
            t={t}
            on={props}
            onExpand={(expand) => this.setState({ chosen: expand ? { id: status.id, wasOpen: status.status === 'open' } : null })}
          />
        ))}
      </ol>
    );
  }
}
