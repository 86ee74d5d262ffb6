import { mountWidget } from '../mount.ts';
import { Renewal } from './renewal.tsx';
import css from './renewal.css?inline';

export { Renewal };

/** Entry of the lazily loaded renewal chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(Renewal, css);
