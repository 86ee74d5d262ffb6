import type { WidgetContext } from './widget-context.ts';

/** A step done just now: its key in the saved state, and what `gk.step_completed` carries for it. */
export interface StepDone {
  key: string;
  props: Record<string, unknown>;
}

/**
 * Saves the steps done just now (checklist steps, aha milestones) and, when the campaign is `complete` for the first
 * time, its completion, in one write; then reports each once: `gk.step_completed` and the host's `step_completed` per
 * step, `gk.completed` and `completed`.
 */
export function recordProgress(context: WidgetContext, campaignId: string, steps: readonly StepDone[], complete: boolean): void {
  const completes = complete && !context.state.campaign(campaignId).completedAt;
  if (!steps.length && !completes) return;
  const at = context.now();
  context.state.update(campaignId, (state) => {
    for (const { key } of steps) state.steps[key] = { status: 'done', at };
    if (completes) state.completedAt = at;
  });
  for (const { key, props } of steps) {
    context.emit('gk.step_completed', campaignId, props);
    context.notify('step_completed', { campaignId, step: key });
  }
  if (completes) {
    context.emit('gk.completed', campaignId);
    context.notify('completed', { campaignId });
  }
}
