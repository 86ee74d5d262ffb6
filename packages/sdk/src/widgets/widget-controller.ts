import type { Campaign } from '@growthkit/core';
import type { WidgetHost } from '../mount/widget-host.ts';
import type { WidgetContext } from './widget-context.ts';
import { WidgetLifecycle } from './widget-lifecycle.ts';
import type { WidgetView } from './widget-module.ts';

/**
 * What every widget's controller starts from: its campaign, the runtime's context, the widget it drives and the
 * lifecycle it shares with the others. Each controller adds its own refresh, mount and props.
 */
export abstract class WidgetController<C extends Campaign, Props> {
  protected readonly lifecycle: WidgetLifecycle<Props>;

  constructor(
    readonly campaign: C,
    protected readonly context: WidgetContext,
    /** the controller took itself off the page (dismissed, or the widget failed) */
    onClosed: () => void,
    protected readonly ui: WidgetView<Props>,
  ) {
    this.lifecycle = new WidgetLifecycle(campaign.widget.type, campaign.id, context, onClosed, ui);
  }

  get mountedIn(): WidgetHost | undefined {
    return this.lifecycle.mountedIn;
  }

  newPageView(): void {
    this.lifecycle.newPageView();
  }
}
