import { stringsFor } from './strings-for.ts';

/** The strings of the kit's shared parts; each widget's own are in its folder. Campaign texts arrive localised. */
const en = {
  dismiss: 'Dismiss',
};

const zh: typeof en = {
  dismiss: '关闭',
};

export const kitStrings = (locale: string) => stringsFor({ en, zh }, locale);
