import type { Campaign, CampaignState } from '@growthkit/core';
import type { MountedWidget } from '@growthkit/widgets';
import type { HostEvents } from '../api.ts';
import { createWidgetHost, type WidgetHost } from '../mount/widget-host.ts';
import { userText, type UserText } from './user-placeholders.ts';
import type { WidgetContext } from './widget-context.ts';
import type { Controller, WidgetView } from './widget-module.ts';

/** A call to action: a URL, which the widget renders as a link the browser follows, or an action for the host. */
export type CallToAction = { url: string } | { action: string };

/**
 * What every widget's controller does the same way: mount its widget and render it again from plain state, count one
 * impression and send `gk.shown` once per page view, report calls to action and dismissals, and take a failing widget
 * off the page (the runtime warns in the console) instead of an error in the host. Each controller adds its props, and what it
 * records on refresh.
 */
export abstract class WidgetController<C extends Campaign, Props> implements Controller {
  #widget: MountedWidget<Props> | undefined;
  #host: WidgetHost | undefined;
  #shownThisView = false;
  readonly #onClosed: (failed?: { error: unknown }) => void;
  readonly #view: WidgetView<Props>;

  constructor(
    readonly campaign: C,
    protected readonly context: WidgetContext,
    /** the controller took itself off the page: dismissed, or with `failed` when its widget threw (the runtime warns) */
    onClosed: (failed?: { error: unknown }) => void,
    view: WidgetView<Props>,
  ) {
    this.#onClosed = onClosed;
    this.#view = view;
  }

  /**
   * the widget's props from the controller's state now, campaign texts turned into what the user reads by `text`; built
   * inside the guard, so props that cannot be built fail like a widget that cannot render
   */
  protected abstract props(text: UserText): Props;

  /**
   * What `gk.shown` carries (the quota level, the upsell offer); undefined while the widget has nothing on screen, so
   * no impression is counted. A widget whose visible part changes calls newPageView() to report the new part.
   */
  protected shownProps(): Record<string, unknown> | undefined {
    return {};
  }

  /**
   * What a card widget's props start with: the campaign's title and body as the user reads them, the locale the widget
   * formats in, and its close button's dismissal (a widget dismissed in parts puts its own after).
   */
  protected headline(text: UserText): { title: string; body?: string; locale: string; onDismiss(): void } {
    const { title, body } = this.campaign.content;
    return { title: text(title), ...(body && { body: text(body) }), locale: this.context.locale, onDismiss: () => this.dismiss() };
  }

  get mountedIn(): WidgetHost | undefined {
    return this.#host;
  }

  /** the element it renders into comes with the widget chunks: the first script has no use for it before a widget shows */
  mount(): void {
    const { theme, zIndex } = this.context;
    const host = (this.#host = createWidgetHost(this.campaign.placement, zIndex));
    this.#guard(() => {
      this.#widget = this.#view.mount(host.root, this.#props(), { theme, zIndex, onError: (error) => this.#fail(error) });
      this.#pageView();
    });
  }

  /** re-reads events, traits and saved state, records what changed and renders again */
  refresh(): void {
    this.render();
  }

  /** renders the widget again from the controller's state now; nothing while it is off the page */
  protected render(): void {
    const widget = this.#widget;
    if (widget) this.#guard(() => widget.update(this.#props()));
  }

  newPageView(): void {
    this.#shownThisView = false;
    this.#pageView();
  }

  /** reports a click in the widget (`gk.click`) with what was chosen */
  protected click(props: Record<string, unknown>): void {
    this.context.emit('gk.click', this.campaign.id, props);
  }

  /** the user chose a call to action: a click with `props` and the URL or action; an action goes to the host's `cta` handlers */
  protected act(action: CallToAction, props: Pick<HostEvents['cta'], 'step' | 'offer'> = {}): void {
    if ('url' in action) return this.click({ ...props, action: action.url });
    this.click({ ...props, action: action.action });
    this.context.notify('cta', { campaignId: this.campaign.id, ...props, action: action.action });
  }

  /** the user closed the widget: saved as dismissed, reported, and off the page */
  protected dismiss(props?: Record<string, unknown>): void {
    this.#dismissed((state, at) => (state.dismissedAt = at), props);
    this.remove();
    this.#onClosed();
  }

  /**
   * The user closed one part (a quota level, an upsell offer): saved under `dismissals[part]` and reported; the widget
   * stays for its other parts.
   */
  protected dismissPart(part: string, props: Record<string, unknown>): void {
    this.#dismissed((state, at) => (state.dismissals = { ...state.dismissals, [part]: at }), props);
    this.refresh();
  }

  remove(): void {
    try {
      this.#widget?.unmount();
    } finally {
      this.#widget = undefined;
      this.#host?.remove();
      this.#host = undefined;
      this.#shownThisView = false;
    }
  }

  #pageView(): void {
    if (!this.#widget || this.#shownThisView) return;
    const props = this.shownProps();
    if (!props) return;
    this.#shownThisView = true;
    const { campaign, context } = this;
    context.state.update(campaign.id, (state) => {
      state.impressions += 1;
      state.lastShownAt = context.now();
    });
    context.emit('gk.shown', campaign.id, props);
    context.notify('shown', { campaignId: campaign.id });
  }

  #dismissed(save: (state: CampaignState, at: string) => void, props?: Record<string, unknown>): void {
    const { campaign, context } = this;
    context.state.update(campaign.id, (state) => save(state, context.now()));
    context.emit('gk.dismiss', campaign.id, props);
    context.notify('dismissed', { campaignId: campaign.id });
  }

  #props(): Props {
    return this.props(userText(this.context));
  }

  /** runs `body`; a widget that throws is taken off the page, never an error in the host */
  #guard(body: () => void): void {
    try {
      body();
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.remove();
    this.#onClosed({ error });
  }
}
