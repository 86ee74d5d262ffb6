import type { Campaign } from '@growthkit/core';
import type { WidgetHost } from '../mount/widget-host.ts';
import type { WidgetContext } from './widget-context.ts';
import { WidgetLifecycle } from './widget-lifecycle.ts';
import type { WidgetView } from './widget-module.ts';

/**
 * What every widget's controller starts from: its campaign, the runtime's context, the widget it drives and the
 * lifecycle it shares with the others. Each controller adds its own refresh and props; the props are built from plain
 * state each time the widget renders.
 */
export abstract class WidgetController<C extends Campaign, Props> {
  protected readonly lifecycle: WidgetLifecycle<Props>;

  constructor(
    readonly campaign: C,
    protected readonly context: WidgetContext,
    /** the controller took itself off the page (dismissed, or the widget failed) */
    onClosed: () => void,
    ui: WidgetView<Props>,
  ) {
    this.lifecycle = new WidgetLifecycle(campaign.widget.type, campaign.id, context, onClosed, ui, () => this.props());
  }

  /** the widget's props from the controller's state now; runs on mount and on every render after */
  protected abstract props(): Props;

  get mountedIn(): WidgetHost | undefined {
    return this.lifecycle.mountedIn;
  }

  mount(host: WidgetHost): void {
    this.lifecycle.mount(host);
  }

  newPageView(): void {
    this.lifecycle.newPageView();
  }

  remove(): void {
    this.lifecycle.remove();
  }
}
