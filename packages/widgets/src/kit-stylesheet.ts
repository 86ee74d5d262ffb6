import dialog from './dialog/dialog.css?inline';
import base from './theme/theme.css?inline';

/**
 * The kit's shared sheet: the design tokens and the parts several widgets draw alike (card, buttons, bar, dialog). Each
 * widget adopts its own sheet after this one, from its folder and in its chunk, so at equal specificity its rules win.
 */
export const kitStylesheet = base + dialog;
