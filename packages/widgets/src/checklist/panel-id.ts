/** id of the checklist's card, which the launcher and the collapse button control */
export const PANEL = 'panel';
