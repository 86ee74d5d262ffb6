export { Dialog } from './dialog.tsx';
import css from './dialog.css?inline';

/** The dialog's styles; a widget that uses `Dialog` mounts with `dialogCss + its own css`. */
export const dialogCss = css;
