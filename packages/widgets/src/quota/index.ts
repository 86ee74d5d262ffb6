import dialogCss from '../dialog/dialog.css?inline';
import { mountWidget } from '../mount.ts';
import css from './quota.css?inline';
import { Quota } from './quota.tsx';

export { Quota };

/** Entry of the lazily loaded quota chunk: `const { mount } = await import(…); mount(shadowRoot, props, options)`. */
// The dialog's sheet comes with the one widget that opens a dialog, not in the kit's sheet every widget loads.
export const mount = mountWidget(Quota, dialogCss + css);
