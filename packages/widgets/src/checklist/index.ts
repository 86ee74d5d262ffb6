import { mountWidget } from '../mount.ts';
import css from './checklist.css?inline';
import { Checklist } from './checklist.tsx';

export { Checklist };

/** Entry of the lazily loaded checklist chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(Checklist, css);
