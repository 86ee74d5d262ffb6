import { mountWidget } from '../mount.ts';
import { DebugPanel } from './debug-panel.tsx';
import css from './debug-panel.css?inline';

export { DebugPanel };
export type { DebugPanelProps, DebugPanelRow } from './props.ts';

/** Entry of the lazily loaded debug chunk, mounted like a widget: `mount(shadowRoot, props, options)`. */
export const mount = mountWidget(DebugPanel, css);
