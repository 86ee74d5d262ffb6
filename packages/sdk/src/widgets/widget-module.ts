import type { Campaign, Text } from '@growthkit/core';
import type { Headline, MountedWidget, MountOptions } from '@growthkit/widgets';
import type { HostEvents } from '../api.ts';
import type { createImpressions } from './impression.ts';
import type { StepDone } from './record-progress.ts';
import type { createWidgetController } from './widget-controller.ts';
import type { WidgetContext } from './widget-context.ts';

/** A call to action: a URL, which the widget renders as a link the browser follows, or an action for the host. */
type CallToAction = { url: string } | { action: string };

/** What the runtime needs of every widget's controller. */
export interface Controller {
  readonly campaign: Campaign;
  /** re-reads events, traits and saved state; records and reports what changed, and the widget follows */
  refresh(): void;
  /**
   * keeps the widget on the page where it belongs: in `slot` (the runtime found it: an inline widget's slot), or
   * floating without one; mounts it again when its place changed or the host took it off
   */
  place(slot: Element | undefined): void;
  newPageView(): void;
  remove(): void;
}

/** The controller (createWidgetController, in the widgets' shared chunk) as a widget type's logic (in its chunk) uses it. */
export interface WidgetApi extends Controller {
  readonly context: WidgetContext;
  /**
   * A campaign text as the user reads it now: the user's locale, `{{user.*}}` and `{{account.*}}` filled from the traits
   * now, and the roots in `values` (`{ value: … }`). Plain text, rendered as text.
   */
  text(text: Text, values?: Readonly<Record<string, unknown>>): string;
  /** What a card widget's props start with: the campaign's title and body as the user reads them, and its dismissal. */
  headline(): Headline;
  /** reports a click in the widget (`gk.click`) with what was chosen */
  click(props: Record<string, unknown>): void;
  /** the user chose a call to action: a click with `props` and the URL or action; an action goes to the host's `cta` handlers */
  act(action: CallToAction, props?: Pick<HostEvents['cta'], 'step' | 'offer'>): void;
  /** the user closed the widget: saved as dismissed, reported, and off the page */
  dismiss(props?: Record<string, unknown>): void;
  /** the user closed one part (a quota level, an upsell offer): saved under `dismissals[part]` and reported; the widget stays for its other parts */
  dismissPart(part: string, props: Record<string, unknown>): void;
  /** saves and reports the steps done just now and, the first time, the campaign's completion (recordProgress) */
  recordProgress(steps: readonly StepDone[], complete: boolean): void;
}

/**
 * What one widget type does its own way; the controller does the rest. The logic owns the signals in its widget's
 * props: it creates them, and writes them in `refresh`; the widget reads them and follows in place.
 */
export interface WidgetLogic<Props> {
  /**
   * The props a mount starts from: content (campaign texts through `api.text`), the logic's signals, callbacks. Built
   * inside the controller's guard, so props that cannot be built fail like a widget that cannot render. No side
   * effects: the controller builds them again to see whether the texts changed (the user's traits did).
   */
  props(): Props;
  /**
   * Applies the type's rule (core's) to this user now: writes the signals, records and reports what changed. The runtime
   * refreshes before every mount, so the signals hold the state the widget mounts with.
   */
  refresh(): void;
  /**
   * What `gk.shown` carries (the quota level, the upsell offer; without it `{}`); undefined while the widget has nothing
   * on screen, so no impression is counted. A widget whose visible part changes calls newPageView() to report the new part.
   */
  shownProps?(): Record<string, unknown> | undefined;
  /** the widget is about to go on the page: what lasts one mount starts again */
  mounting?(): void;
}

/**
 * What a lazily loaded widget entry gives the runtime: the widget's mount, `controller`, which creates its type's logic
 * for a campaign (its rule), and the generic controller that drives that logic.
 */
export interface WidgetModule<C extends Campaign = never, Props = never> {
  /** the widget's `Mount`, as a method: a module of any type is run as one of unknown props */
  mount(root: ShadowRoot, props: Props, options?: MountOptions): MountedWidget;
  controller(campaign: C, api: WidgetApi): WidgetLogic<Props>;
  /**
   * the generic controller, which every chunk carries (the build puts it in their shared chunk): code that runs only
   * once a widget shows stays out of the first script (SPEC §11 budgets it)
   */
  createWidgetController: typeof createWidgetController;
  /** the runtime's impressions and first-paint mark, made from the first chunk that arrives (shared code too) */
  createImpressions: typeof createImpressions;
}

/** Loads a widget type's chunk (`widgets/<type>.js`), or the debug panel's. */
export type LoadWidget = (type: string) => Promise<unknown>;
