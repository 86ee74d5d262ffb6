import { mountWidget } from '../mount.ts';
import css from './aha.css?inline';
import { Aha } from './aha.tsx';

export { Aha };
export type { AhaMilestoneView, AhaProps } from './props.ts';

/** Entry of the lazily loaded aha chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(Aha, css);
