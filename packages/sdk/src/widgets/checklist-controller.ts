import type { Campaign, ChecklistWidget } from '@growthkit/core';
import type { ChecklistProps } from '@growthkit/widgets';
import type { StepDone } from './record-progress.ts';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';

type ChecklistCampaign = Campaign & { widget: ChecklistWidget };

/** A step done just now, saved under its id and reported as `gk.step_completed` with `{ step }`. */
const stepDone = (step: string): StepDone => ({ key: step, props: { step } });

/**
 * Runs one checklist campaign: computes its steps from events, traits and saved state, records
 * progress once, and renders the presentational widget again whenever that changes.
 */
export function checklistController(campaign: ChecklistCampaign, api: WidgetApi): WidgetLogic<ChecklistProps> {
  const { context } = api;
  const { content, widget, id } = campaign;
  const stepOf = (stepId: string) => widget.steps.find((step) => step.id === stepId);

  /** Records steps that completed since last time and the whole checklist's completion; once each. */
  const refresh = () => {
    const { steps, complete } = api.rules.checklist(campaign);
    const newlyDone = steps.filter((step) => step.newlyDone).map((step) => stepDone(step.id));
    api.recordProgress(newlyDone, complete);
    api.render();
  };

  return {
    refresh,
    props: (text) => ({
      ...api.headline(text),
      doneText: content.done && text(content.done),
      steps: api.rules.checklist(campaign).steps.map(({ id: stepId, status, progress }) => {
        const { label, description, action, complete, skippable } = stepOf(stepId)!;
        return {
          id: stepId,
          label: text(label),
          description: description && text(description),
          // an `action` (not a URL) stays in the view unused: the widget renders a button for anything without a URL
          action: action && { ...action, label: text(action.label) },
          status,
          manual: complete.kind === 'manual',
          skippable,
          progress,
        };
      }),
      collapsed: context.state.campaign(id).collapsed ?? widget.collapsed,
      onToggle: (collapsed) => {
        context.state.update(id, (state) => {
          state.collapsed = collapsed;
          state.collapsedAt = context.now();
        });
        api.render();
      },
      onAction: (step) => {
        const action = stepOf(step)?.action;
        if (action) api.act(action, { step });
      },
      onSkip: (step) => {
        context.state.update(id, (state) => {
          state.steps[step] = { status: 'skipped', at: context.now() };
        });
        api.click({ step, action: 'skip' });
        refresh();
      },
      onMarkDone: (step) => {
        // Recorded as done by the user; refresh() then sees a saved "done" and reports nothing twice,
        // so the completion event is sent here.
        api.recordProgress([stepDone(step)], false);
        refresh();
      },
    }),
  };
}
