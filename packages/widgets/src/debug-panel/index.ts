import type { ReadonlySignal } from '@preact/signals';
import { h } from 'preact';
import { mountWidget } from '../mount.ts';
import { DebugPanel } from './debug-panel.tsx';
import css from './debug-panel.css?inline';
import type { DebugPanelProps } from './props.ts';

export { DebugPanel };
export type { DebugPanelProps, DebugPanelRow } from './props.ts';

/** The panel over the latest decisions, a signal the runtime writes on every re-decision. */
const LiveDebugPanel = ({ view }: { view: ReadonlySignal<DebugPanelProps> }) => h(DebugPanel, view.value);

/** Entry of the lazily loaded debug chunk, mounted like a widget: `mount(shadowRoot, { view }, options)`. */
export const mount = mountWidget(LiveDebugPanel, css);
