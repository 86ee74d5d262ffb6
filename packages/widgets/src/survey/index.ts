import { mountWidget } from '../mount.ts';
import css from './survey.css?inline';
import { Survey } from './survey.tsx';

export { Survey };

/** Entry of the lazily loaded survey chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
export const mount = mountWidget(Survey, css);
