import type { WidgetHost } from '../mount/widget-host.ts';
import type { WidgetContext } from './widget-context.ts';
import type { MountedWidget } from '@growthkit/widgets';
import type { WidgetView } from './widget-module.ts';

/**
 * What every widget controller does the same way: mount the widget, count one impression and send `gk.shown` once
 * per page view, report a close, and take a failing widget off the page with a console warning instead of an error in
 * the host.
 */
export class WidgetLifecycle<Props> {
  private widget: MountedWidget<Props> | undefined;
  private host: WidgetHost | undefined;
  private shownThisView = false;

  constructor(
    private readonly type: string,
    private readonly campaignId: string,
    private readonly context: WidgetContext,
    private readonly onClosed: () => void,
    private readonly view: WidgetView<Props>,
    /** runs inside the guard: a widget whose props cannot be built fails like one that cannot render */
    private readonly props: () => Props,
  ) {}

  get mountedIn(): WidgetHost | undefined {
    return this.host;
  }

  get mounted(): boolean {
    return this.widget !== undefined;
  }

  mount(host: WidgetHost): void {
    this.host = host;
    try {
      this.widget = this.view.mount(host.root, this.props(), {
        theme: this.context.theme,
        zIndex: this.context.zIndex,
        onError: (error) => this.fail(error),
      });
      this.pageView();
    } catch (error) {
      this.fail(error);
    }
  }

  /** renders the widget again from the controller's state now; nothing while it is off the page */
  render(): void {
    if (!this.widget) return;
    try {
      this.widget.update(this.props());
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * What `gk.shown` carries (the quota level, the upsell offer); undefined while the widget has nothing on screen, so
   * no impression is counted. A widget whose visible part changes calls newPageView() to report the new part.
   */
  shownProps: () => Record<string, unknown> | undefined = () => ({});

  pageView(): void {
    if (!this.widget || this.shownThisView) return;
    const props = this.shownProps();
    if (!props) return;
    this.shownThisView = true;
    const { campaignId, context } = this;
    context.state.update(campaignId, (state) => {
      state.impressions += 1;
      state.lastShownAt = context.now();
    });
    context.emit('gk.shown', campaignId, props);
    context.notify('shown', { campaignId });
  }

  newPageView(): void {
    this.shownThisView = false;
    this.pageView();
  }

  /** the user closed it: saved as dismissed, reported, and off the page */
  dismiss(props?: Record<string, unknown>): void {
    const { campaignId, context } = this;
    context.state.update(campaignId, (state) => {
      state.dismissedAt = context.now();
    });
    context.emit('gk.dismiss', campaignId, props);
    context.notify('dismissed', { campaignId });
    this.remove();
    this.onClosed();
  }

  /**
   * The user closed one part (a quota level, an upsell offer): saved under `dismissals[part]` and reported; the widget
   * stays for its other parts.
   */
  dismissPart(part: string, props: Record<string, unknown>): void {
    const { campaignId, context } = this;
    context.state.update(campaignId, (state) => {
      state.dismissals = { ...state.dismissals, [part]: context.now() };
    });
    context.emit('gk.dismiss', campaignId, props);
    context.notify('dismissed', { campaignId });
  }

  remove(): void {
    try {
      this.widget?.unmount();
    } finally {
      this.widget = undefined;
      this.host?.remove();
      this.host = undefined;
      this.shownThisView = false;
    }
  }

  private fail(error: unknown): void {
    this.context.warn(`widget:${this.type}`, `the ${this.type} widget failed and was removed (${error instanceof Error ? error.message : String(error)})`);
    this.remove();
    this.onClosed();
  }
}
