import type { Campaign, CampaignState } from '@growthkit/core';
import type { MountedWidget } from '@growthkit/widgets';
import { returnFocus } from '../mount/focus-return.ts';
import { createWidgetHost, type WidgetHost } from '../mount/widget-host.ts';
import type { Impressions } from './impression.ts';
import { recordProgress } from './record-progress.ts';
import { type UserText, userText } from './user-placeholders.ts';
import type { WidgetContext } from './widget-context.ts';
import type { Controller, WidgetApi, WidgetModule } from './widget-module.ts';

/**
 * The page's first widget renders at once; the others mounted before its frame is painted render after that frame, so
 * three widgets shown together put the first on screen a frame sooner (SPEC §11). Shared by every controller: the
 * widgets' shared chunk is loaded once per page.
 */
let firstFrame: Promise<void> | undefined;
let painted = false;

/**
 * The controller of one campaign's widget: what every widget does the same way. It mounts the widget, counts one
 * impression and sends `gk.shown` once per page view when the widget is seen (`impressions`), reports calls to action
 * and dismissals, and takes a failing widget off the page (the runtime warns in the console) instead of an error in
 * the host. The widget's chunk brings its type's logic (`module.controller`): its rule, its props and the signals in
 * them, which it writes on refresh. It arrives with the first widget chunk (the chunks' shared code, WidgetModule), not
 * in the first script. `onClosed`: the controller took itself off the page, dismissed, or with `failed` when its widget
 * threw (the runtime warns).
 */
export function createWidgetController(
  campaign: Campaign,
  context: WidgetContext,
  onClosed: (failed?: { error: unknown }) => void,
  module: WidgetModule,
  impressions: Impressions,
): Controller {
  const { mount, controller } = module as WidgetModule<Campaign, unknown>;
  let widget: MountedWidget | undefined;
  let host: WidgetHost | undefined;
  /** dismissed or failed: a mount the runtime asks for in the same pass puts nothing on the page */
  let closed = false;
  /** the texts said by the props being built, and by the mounted widget's */
  let texts: string[] | undefined;
  /** how the props being built say their texts: one reading of the user's traits for all of them */
  let say: UserText | undefined;
  let mountedTexts = '';
  /** reported once: a render error and a handler's of the same widget are one failure */
  let failed = false;

  const fail = (error: unknown) => {
    closed = true;
    api.remove();
    if (failed) return;
    failed = true;
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
  /** the logic's props now, and every text they say */
  const build = () => {
    texts = [];
    say = userText(context);
    try {
      const props = logic.props();
      return { props, said: texts.join('\n') };
    } finally {
      texts = undefined;
      say = undefined;
    }
  };
  const render = (root: ShadowRoot) => {
    const { props, said } = build();
    mountedTexts = said;
    widget = mount(root, props, { theme: context.theme, onError: fail });
  };
  /** reports the impression: false while the widget has nothing on screen */
  const seen = () => {
    let counted = false;
    guard(() => {
      const props = logic.shownProps ? logic.shownProps() : {};
      if (!props) return;
      counted = true;
      context.state.update(campaign.id, (state) => {
        state.impressions += 1;
        state.lastShownAt = context.now();
      });
      context.emit('gk.shown', campaign.id, props);
      context.notify('shown', { campaignId: campaign.id });
    });
    return counted;
  };
  const watchImpression = () => {
    if (widget && host) impressions.watch(campaign.id, host.root.host, seen);
  };
  const dismissed = (save: (state: CampaignState, at: string) => void, props?: Record<string, unknown>) => {
    if (host) returnFocus(host.root);
    impressions.cancel(campaign.id, true);
    context.state.update(campaign.id, (state) => save(state, context.now()));
    context.emit('gk.dismiss', campaign.id, props);
    context.notify('dismissed', { campaignId: campaign.id });
  };

  const api: WidgetApi = {
    campaign,
    context,
    place(slot) {
      if (closed || (host?.connected() && host.slot === slot)) return;
      api.remove();
      guard(() => {
        // in the guard too: a page whose DOM refuses our element (a patched attachShadow) fails this widget, not the others
        const mounted = createWidgetHost(campaign.placement, slot, context.zIndex);
        host = mounted;
        logic.mounting?.();
        // taken off (or mounted again) before its turn: nothing to render
        const show = () =>
          host === mounted &&
          guard(() => {
            render(mounted.root);
            impressions.rendered();
            watchImpression();
          });
        if (painted) show();
        else if (firstFrame) void firstFrame.then(show);
        else {
          show();
          firstFrame = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))).then(() => {
            painted = true;
          });
        }
      });
    },
    refresh() {
      guard(() => {
        logic.refresh();
        // The content is taken at mount; when its texts say something else now (the user's traits changed), the
        // widget mounts again with them, in the same place and page view.
        if (widget && host && build().said !== mountedTexts) {
          widget.unmount();
          render(host.root);
        }
      });
    },
    newPageView() {
      impressions.again(campaign.id);
      watchImpression();
    },
    text(text, values) {
      const said = (say ?? userText(context))(text, values);
      texts?.push(said);
      return said;
    },
    headline() {
      const { title, body } = campaign.content;
      return { title: api.text(title), ...(body && { body: api.text(body) }), locale: context.locale, onDismiss: () => api.dismiss() };
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
      closed = true;
      dismissed((state, at) => {
        state.dismissedAt = at;
      }, props);
      api.remove();
      onClosed();
    },
    dismissPart(part, props) {
      dismissed((state, at) => {
        state.dismissals = { ...state.dismissals, [part]: at };
      }, props);
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
        impressions.cancel(campaign.id);
      }
    },
  };
  // created last: the logic may keep `api`, and nothing above calls it before the runtime does
  const logic = controller(campaign, api);
  return api;
}
