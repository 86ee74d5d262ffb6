import { Component, h } from 'preact';
import { Announcer } from '../announcer.tsx';
import { direction } from '../i18n/direction.ts';
import { format } from '../i18n/format.ts';
import { ChecklistPanel } from './checklist-panel.tsx';
import type { ChecklistProps, ChecklistStepStatus } from './props.ts';
import { strings } from './strings.ts';

/**
 * The onboarding checklist: its card, or the compact launcher when collapsed. This root renders once; its parts
 * follow the steps' statuses and the collapsed state in place.
 */
export class Checklist extends Component<ChecklistProps> {
  // a step finished while on screen is said in the live region, with the celebration when it was the last
  say = (now: readonly ChecklistStepStatus[], before: readonly ChecklistStepStatus[]) => {
    const { locale, steps, doneText } = this.props;
    const wasOpen = (id: string) => before.some((step) => step.id === id && step.status === 'open');
    const finished = now.find((step) => step.status !== 'open' && wasOpen(step.id));
    if (!finished) return undefined;
    const t = strings(locale);
    const label = steps.find((step) => step.id === finished.id)?.label ?? '';
    const said = format(finished.status === 'done' ? t.stepDone : t.stepSkipped, locale, { step: label });
    const complete = now.every((step) => step.status !== 'open');
    return complete ? `${said}. ${doneText ?? t.allDone}` : said;
  };

  render(props: ChecklistProps) {
    const { locale } = props;
    return (
      <div class="kit checklist" dir={direction(locale)} lang={locale}>
        <ChecklistPanel {...props} />
        <Announcer source={props.statuses} say={this.say} />
      </div>
    );
  }
}
