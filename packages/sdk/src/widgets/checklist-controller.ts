import { checklistComplete, localize, stepProgress, type Campaign, type ChecklistWidget } from '@growthkit/core';
import type { ChecklistProps, ChecklistStepView } from '@growthkit/widgets';
import { recordProgress } from './record-progress.ts';
import { WidgetController } from './widget-controller.ts';

type ChecklistCampaign = Campaign & { widget: ChecklistWidget };

/**
 * Runs one checklist campaign: computes its steps from events, traits and saved state, records
 * progress once, and renders the presentational widget again whenever that changes.
 */
export class ChecklistController extends WidgetController<ChecklistCampaign, ChecklistProps> {
  /** Records steps that completed since last time and the whole checklist's completion; once each. */
  refresh(): void {
    const { campaign, context } = this;
    const progress = this.progress();
    const newlyDone = progress.filter((step) => step.newlyDone);
    const completes = checklistComplete(progress) && !context.state.campaign(campaign.id).completedAt;
    recordProgress(context, campaign.id, newlyDone.map(({ id: step }) => ({ key: step, props: { step } })), completes);
    this.lifecycle.render();
  }

  private progress() {
    const { campaign, context } = this;
    return stepProgress({
      steps: campaign.widget.steps,
      saved: context.state.campaign(campaign.id).steps,
      eventCount: context.eventCount,
      matches: context.matches,
    });
  }

  private views(): ChecklistStepView[] {
    const { campaign, context } = this;
    const text = (value: Record<string, string>) => localize(value, context.locale);
    const byId = new Map(campaign.widget.steps.map((step) => [step.id, step]));
    return this.progress().map(({ id, status, progress }) => {
      const step = byId.get(id)!;
      const action = step.action;
      return {
        id,
        label: text(step.label),
        ...(step.description && { description: text(step.description) }),
        ...(action && { action: { label: text(action.label), ...('url' in action && { url: action.url }) } }),
        status,
        manual: step.complete.kind === 'manual',
        skippable: step.skippable ?? true,
        ...(progress && { progress: { value: progress.value, goal: progress.goal } }),
      };
    });
  }

  protected props(): ChecklistProps {
    const { campaign, context } = this;
    const { content } = campaign;
    const id = campaign.id;
    return {
      title: localize(content.title, context.locale),
      ...(content.body && { body: localize(content.body, context.locale) }),
      ...(content.done && { doneText: localize(content.done, context.locale) }),
      locale: context.locale,
      steps: this.views(),
      collapsed: context.state.campaign(id).collapsed ?? campaign.widget.collapsed,
      onToggle: (value) => {
        context.state.update(id, (state) => {
          state.collapsed = value;
          state.collapsedAt = context.now();
        });
        this.lifecycle.render();
      },
      onAction: (step) => {
        const action = campaign.widget.steps.find((candidate) => candidate.id === step)?.action;
        if (!action) return;
        if ('url' in action) {
          context.emit('gk.click', id, { step, action: action.url });
          context.navigate(action.url);
        } else {
          context.emit('gk.click', id, { step, action: action.action });
          context.notify('cta', { campaignId: id, step, action: action.action });
        }
      },
      onSkip: (step) => {
        context.state.update(id, (state) => {
          state.steps[step] = { status: 'skipped', at: context.now() };
        });
        context.emit('gk.click', id, { step, action: 'skip' });
        this.refresh();
      },
      onMarkDone: (step) => {
        // Recorded as done by the user; refresh() then sees a saved "done" and reports nothing twice,
        // so the completion event is sent here.
        recordProgress(context, id, [{ key: step, props: { step } }], false);
        this.refresh();
      },
      onDismiss: () => this.lifecycle.dismiss(),
    };
  }
}
