import type { Campaign, CampaignState } from '@growthkit/core';
import type { MountedWidget } from '@growthkit/widgets';
import { createWidgetHost, type WidgetHost } from '../mount/widget-host.ts';
import { recordProgress } from './record-progress.ts';
import { userText } from './user-placeholders.ts';
import type { WidgetContext } from './widget-context.ts';
import type { Controller, WidgetApi, WidgetModule } from './widget-module.ts';
import { widgetRules } from './widget-rules.ts';

/**
 * The controller of one campaign's widget: what every widget does the same way. It mounts the widget and renders it
 * again from plain state, counts one impression and sends `gk.shown` once per page view, reports calls to action and
 * dismissals, and takes a failing widget off the page (the runtime warns in the console) instead of an error in the
 * host. The widget's chunk brings its type's logic (`module.controller`): its props, and what it records on refresh.
 * Byte budget: this lives in the first script, where it compresses with the runtime around it, and the logic is a
 * closure over `api` (chunks cannot extend a class of the first script); together about 270 B gzip less than a base
 * class in the shared widget chunk. `onClosed`: the controller took itself off the page, dismissed, or with `failed`
 * when its widget threw (the runtime warns).
 */
export function createWidgetController(
  campaign: Campaign,
  context: WidgetContext,
  onClosed: (failed?: { error: unknown }) => void,
  module: WidgetModule,
): Controller {
  const { mount, controller } = module as WidgetModule<Campaign, unknown>;
  let widget: MountedWidget<unknown> | undefined;
  let host: WidgetHost | undefined;
  let shownThisView = false;

  const fail = (error: unknown) => {
    api.remove();
    onClosed({ error });
  };
  /** runs `body`; a widget that throws is taken off the page, never an error in the host */
  const guard = (body: () => void) => {
    try {
      body();
    } catch (error) {
      fail(error);
    }
  };
  const props = () => logic.props(userText(context));
  const pageView = () => {
    if (!widget || shownThisView) return;
    const props = logic.shownProps ? logic.shownProps() : {};
    if (!props) return;
    shownThisView = true;
    context.state.update(campaign.id, (state) => {
      state.impressions += 1;
      state.lastShownAt = context.now();
    });
    context.emit('gk.shown', campaign.id, props);
    context.notify('shown', { campaignId: campaign.id });
  };
  const dismissed = (save: (state: CampaignState, at: string) => void, props?: Record<string, unknown>) => {
    context.state.update(campaign.id, (state) => save(state, context.now()));
    context.emit('gk.dismiss', campaign.id, props);
    context.notify('dismissed', { campaignId: campaign.id });
  };

  const api: WidgetApi = {
    campaign,
    context,
    rules: widgetRules(context),
    get mountedIn() {
      return host;
    },
    mount() {
      const { theme, zIndex } = context;
      const { root } = (host = createWidgetHost(campaign.placement, zIndex));
      guard(() => {
        logic.mounting?.();
        widget = mount(root, props(), { theme, zIndex, onError: fail });
        pageView();
      });
    },
    refresh() {
      if (logic.refresh) logic.refresh();
      else api.render();
    },
    render() {
      const mounted = widget;
      if (mounted) guard(() => mounted.update(props()));
    },
    newPageView() {
      shownThisView = false;
      pageView();
    },
    headline(text) {
      const { title, body } = campaign.content;
      return { title: text(title), ...(body && { body: text(body) }), locale: context.locale, onDismiss: () => api.dismiss() };
    },
    click(props) {
      context.emit('gk.click', campaign.id, props);
    },
    act(action, props = {}) {
      if ('url' in action) return api.click({ ...props, action: action.url });
      api.click({ ...props, action: action.action });
      context.notify('cta', { campaignId: campaign.id, ...props, action: action.action });
    },
    dismiss(props) {
      dismissed((state, at) => (state.dismissedAt = at), props);
      api.remove();
      onClosed();
    },
    dismissPart(part, props) {
      dismissed((state, at) => (state.dismissals = { ...state.dismissals, [part]: at }), props);
      api.refresh();
    },
    recordProgress: (steps, complete) => recordProgress(context, campaign.id, steps, complete),
    remove() {
      try {
        widget?.unmount();
      } finally {
        widget = undefined;
        host?.remove();
        host = undefined;
        shownThisView = false;
      }
    },
  };
  // created last: the logic may keep `api`, and nothing above calls it before the runtime does
  const logic = controller(campaign, api);
  return api;
}
