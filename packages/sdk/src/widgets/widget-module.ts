import type { Campaign } from '@growthkit/core';
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
  /** puts the widget on the page: in its slot, or floating while the page has none */
  mount(): void;
  newPageView(): void;
  remove(): void;
}

/**
 * A widget's controller class. `onClosed`: the controller took itself off the page, dismissed, or with `failed` when its
 * widget threw; `view`: what renders the widget (the widget's module).
 */
export type ControllerClass = new (
  campaign: Campaign,
  context: WidgetContext,
  onClosed: (failed?: { error: unknown }) => void,
  view: WidgetView<never>,
) => Controller;

/**
 * What a lazily loaded widget entry gives the runtime: the widget's mount and its controller, which travels with the
 * widget (byte budget: the first script carries only the generic lifecycle, not each widget's rules). The runtime
 * creates the controller with the module as its view, so an entry writes no factory of its own.
 */
export interface WidgetModule extends WidgetView<never> {
  Controller: ControllerClass;
}

/** Loads a widget type's chunk (`widgets/<type>.js`), or the debug panel's. */
export type LoadWidget = (type: string) => Promise<unknown>;
