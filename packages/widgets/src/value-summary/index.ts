import { mountWidget } from '../mount.ts';
import { ValueSummary } from './value-summary.tsx';
import css from './value-summary.css?inline';

export { ValueSummary };
export { formatDuration, formatValue } from './format-value.ts';
export type { ValueSummaryProps } from './props.ts';
export { strings } from './strings.ts';

/** Entry of the lazily loaded value-summary chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(ValueSummary, css);
