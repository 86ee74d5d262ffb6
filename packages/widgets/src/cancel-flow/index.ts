import { mountWidget } from '../mount.ts';
import css from './cancel-flow.css?inline';
import { CancelFlow } from './cancel-flow.tsx';

export { CancelFlow };

/** Entry of the lazily loaded cancel-flow chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(CancelFlow, css);
