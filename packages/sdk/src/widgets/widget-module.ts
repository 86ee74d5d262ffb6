import type { Signal } from '@preact/signals';
import type { Theme } from '../api.ts';

export interface MountOptions {
  theme?: Theme;
  zIndex: number;
  /** the widget failed while rendering; the runtime takes it off the page */
  onError(error: unknown): void;
}

/**
 * What a lazily loaded widget entry gives the runtime: its `mount`, and `signal` from the same copy of
 * @preact/signals the widget renders with (signals of another copy would not re-render it).
 */
export interface WidgetModule<Props> {
  mount(root: ShadowRoot, props: Props, options: MountOptions): () => void;
  signal<T>(value: T): Signal<T>;
}

export type LoadWidget = (type: string) => Promise<WidgetModule<never>>;
