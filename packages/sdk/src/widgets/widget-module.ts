import type { Campaign, Placement } from '@growthkit/core';
import type { MountedWidget } from '@growthkit/widgets';
import type { Theme } from '../api.ts';
import type { WidgetHost } from '../mount/widget-host.ts';
import type { WidgetContext } from './widget-context.ts';

export interface MountOptions {
  theme?: Theme;
  zIndex: number;
  /** the widget failed while rendering; the runtime takes it off the page */
  onError(error: unknown): void;
}

/** A presentational widget as its controller drives it: mounted with props, then rendered again with new ones. */
export interface WidgetView<Props> {
  mount(root: ShadowRoot, props: Props, options: MountOptions): MountedWidget<Props>;
}

/** What the runtime needs of every widget's controller. */
export interface Controller {
  readonly campaign: Campaign;
  readonly mountedIn: WidgetHost | undefined;
  /** re-reads events, traits and saved state; records and reports what changed */
  refresh(): void;
  mount(host: WidgetHost): void;
  newPageView(): void;
  remove(): void;
}

/** `onClosed`: the controller took itself off the page, dismissed, or with `failed` when its widget threw */
export type CreateController = (campaign: Campaign, context: WidgetContext, onClosed: (failed?: { error: unknown }) => void) => Controller;

/**
 * What a lazily loaded widget entry gives the runtime: its controller, which travels with the widget (byte budget: the
 * first script carries only the generic lifecycle, not each widget's rules).
 */
export interface WidgetModule {
  createController: CreateController;
  /** createWidgetHost, carried by the chunks rather than the first script (byte budget) */
  createHost(placement: Placement, zIndex: number): WidgetHost;
}

/** Loads a widget type's chunk (`widgets/<type>.js`), or the debug panel's. */
export type LoadWidget = (type: string) => Promise<unknown>;
