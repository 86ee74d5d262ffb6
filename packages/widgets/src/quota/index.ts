import { mountWidget } from '../mount.ts';
import css from './quota.css?inline';
import { Quota } from './quota.tsx';

export { Quota };

/** Entry of the lazily loaded quota chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(Quota, css);
