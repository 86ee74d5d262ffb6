import { h, type RefObject } from 'preact';
import { Card } from '../card.tsx';
import { Icon } from '../icon.tsx';
import { ChecklistProgress } from './checklist-progress.tsx';
import { PANEL } from './panel-id.ts';
import type { ChecklistProps } from './props.ts';
import { Steps } from './steps.tsx';
import { strings } from './strings.ts';

interface ChecklistCardProps extends ChecklistProps {
  collapseRef: RefObject<HTMLButtonElement>;
  onCollapse(): void;
}

/** the collapse button's bar */
const MINIMIZE = 'M4 8h8';

/** The open checklist: its card with a collapse button (Escape collapses too), the progress and the steps. */
export function ChecklistCard(props: ChecklistCardProps) {
  const { locale, collapseRef, onCollapse } = props;
  return (
    <Card
      id={PANEL}
      title={props.title}
      body={props.body}
      locale={locale}
      onDismiss={props.onDismiss}
      onKeyDown={(event) => event.key === 'Escape' && onCollapse()}
      actions={
        <button
          ref={collapseRef}
          class="icon"
          aria-label={strings(locale).collapse}
          aria-expanded="true"
          aria-controls={PANEL}
          onClick={onCollapse}
        >
          <Icon d={MINIMIZE} />
        </button>
      }
    >
      <ChecklistProgress {...props} />
      <Steps {...props} />
    </Card>
  );
}
