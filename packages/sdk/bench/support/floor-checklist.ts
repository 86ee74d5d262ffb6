import type { ChecklistProps } from '@growthkit/widgets';
import { DEMO_ONBOARDING } from '../../../../apps/collector/src/seed/demo-onboarding.ts';

/** The checklist's content as the floor page inlines it: the demo campaign's English texts. */
export type FloorChecklist = Pick<ChecklistProps, 'title' | 'body' | 'doneText' | 'steps'>;

const en = (text: string | Record<string, string> | undefined) => (typeof text === 'object' ? text.en : text);

export function floorChecklist(): FloorChecklist {
  const { widget, content } = DEMO_ONBOARDING;
  if (widget.type !== 'checklist') throw new Error('the demo onboarding campaign is no checklist');
  return {
    title: en(content.title)!,
    body: en(content.body),
    doneText: en(content.done),
    steps: widget.steps.map(({ id, label, description, action, complete, skippable }) => ({
      id,
      label: en(label)!,
      description: en(description),
      action: action && { ...action, label: en(action.label)! },
      manual: complete.kind === 'manual',
      skippable,
    })),
  };
}
