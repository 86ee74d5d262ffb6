import type { Campaign } from '@growthkit/core';
import type { MountedWidget } from '@growthkit/widgets';
import type { HostEvents, Theme } from '../api.ts';
import type { WidgetHost } from '../mount/widget-host.ts';
import type { StepDone } from './record-progress.ts';
import type { UserText } from './user-placeholders.ts';
import type { WidgetContext } from './widget-context.ts';
import type { WidgetRules } from './widget-rules.ts';

export interface MountOptions {
  theme?: Theme;
  zIndex: number;
  /** the widget failed while rendering; the runtime takes it off the page */
  onError(error: unknown): void;
}

/** A call to action: a URL, which the widget renders as a link the browser follows, or an action for the host. */
export type CallToAction = { url: string } | { action: string };

/** What the runtime needs of every widget's controller. */
export interface Controller {
  readonly campaign: Campaign;
  readonly mountedIn: WidgetHost | undefined;
  /** re-reads events, traits and saved state; records and reports what changed */
  refresh(): void;
  /** puts the widget on the page: in its slot, or floating while the page has none */
  mount(): void;
  newPageView(): void;
  remove(): void;
}

/** The controller (createWidgetController, in the first script) as a widget type's logic (in its chunk) uses it. */
export interface WidgetApi extends Controller {
  readonly context: WidgetContext;
  /** core's rule of each widget type, applied to a campaign for this user now (in the first script) */
  readonly rules: WidgetRules;
  /** renders the widget again from the logic's state now; nothing while it is off the page */
  render(): void;
  /**
   * What a card widget's props start with: the campaign's title and body as the user reads them, the locale the widget
   * formats in, and its close button's dismissal (a widget dismissed in parts puts its own after).
   */
  headline(text: UserText): { title: string; body?: string; locale: string; onDismiss(): void };
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

/** What one widget type does its own way; the controller does the rest. */
export interface WidgetLogic<Props> {
  /**
   * the widget's props from the logic's state now, campaign texts turned into what the user reads by `text`; built
   * inside the controller's guard, so props that cannot be built fail like a widget that cannot render
   */
  props(text: UserText): Props;
  /** re-reads events, traits and saved state, records what changed and renders again (without it: renders again) */
  refresh?(): void;
  /**
   * What `gk.shown` carries (the quota level, the upsell offer; without it `{}`); undefined while the widget has nothing
   * on screen, so no impression is counted. A widget whose visible part changes calls newPageView() to report the new part.
   */
  shownProps?(): Record<string, unknown> | undefined;
  /** the widget is about to go on the page: what lasts one mount starts again */
  mounting?(): void;
}

/**
 * What a lazily loaded widget entry gives the runtime: the widget's mount, and `controller`, which creates its type's
 * logic for a campaign (byte budget: the first script carries the generic controller, each chunk only its widget's logic).
 */
export interface WidgetModule<C extends Campaign = never, Props = never> {
  mount(root: ShadowRoot, props: Props, options: MountOptions): MountedWidget<Props>;
  controller(campaign: C, api: WidgetApi): WidgetLogic<Props>;
}

/** Loads a widget type's chunk (`widgets/<type>.js`), or the debug panel's. */
export type LoadWidget = (type: string) => Promise<unknown>;
