import { checklistComplete, stepProgress, type CampaignOf, type StepFacts } from '@growthkit/core';
import type { ChecklistProps, ChecklistStepStatus } from '@growthkit/widgets';
import { batch, signal } from '@preact/signals';
import type { StepDone } from './record-progress.ts';
import type { WidgetApi, WidgetLogic } from './widget-module.ts';
import { writeIfChanged } from './write-if-changed.ts';

/** A step done just now, saved under its id and reported as `gk.step_completed` with `{ step }`. */
const stepDone = (step: string): StepDone => ({ key: step, props: { step } });

/**
 * Runs one checklist campaign: computes its steps from events, traits and saved state (core's stepProgress), records
 * progress once, and writes where the steps stand and whether the checklist is collapsed for the widget to follow.
 */
export function checklistController(campaign: CampaignOf<'checklist'>, api: WidgetApi): WidgetLogic<ChecklistProps> {
  const { context } = api;
  const { content, widget, id } = campaign;
  const stepOf = (stepId: string) => widget.steps.find((step) => step.id === stepId);
  const statuses = signal<ChecklistStepStatus[]>([]);
  const collapsed = signal(widget.collapsed);
  /** what a step's completion is decided on: the user's event counts, and their traits against a step's condition */
  const facts: StepFacts = {
    eventCount: context.eventCount,
    matches: (condition) => context.evalCondition(context.attributes(), condition),
  };

  /** Records steps that completed since last time and the whole checklist's completion (once each); writes the signals. */
  const refresh = () => {
    const saved = context.state.campaign(id);
    const steps = stepProgress(widget.steps, saved.steps, facts);
    api.recordProgress(
      steps.filter((step) => step.newlyDone).map((step) => stepDone(step.id)),
      checklistComplete(steps),
    );
    batch(() => {
      writeIfChanged(
        statuses,
        steps.map(({ id: stepId, status, progress }) => ({ id: stepId, status, progress })),
      );
      collapsed.value = saved.collapsed ?? widget.collapsed;
    });
  };

  return {
    refresh,
    props: () => ({
      ...api.headline(),
      doneText: content.done && api.text(content.done),
      steps: widget.steps.map(({ id: stepId, label, description, action, complete, skippable }) => ({
        id: stepId,
        label: api.text(label),
        description: description && api.text(description),
        action: action && { ...action, label: api.text(action.label) },
        manual: complete.kind === 'manual',
        skippable,
      })),
      statuses,
      collapsed,
      onToggle: (to) => {
        context.state.update(id, (state) => {
          state.collapsed = to;
          state.collapsedAt = context.now();
        });
        api.refresh();
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
        api.refresh();
      },
      onMarkDone: (step) => {
        // Recorded as done by the user; refresh() then sees a saved "done" and reports nothing twice,
        // so the completion event is sent here.
        api.recordProgress([stepDone(step)], false);
        api.refresh();
      },
    }),
  };
}
