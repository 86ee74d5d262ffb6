import { mountWidget } from '../mount.ts';
import { Upsell } from './upsell.tsx';
import css from './upsell.css?inline';

export { Upsell };

/** Entry of the lazily loaded upsell chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(Upsell, css);
