import { stringsFor } from '../i18n/strings-for.ts';

/** The upsell card's UI strings. */
const en = {
  dismiss: 'Not interested',
};

const zh: typeof en = {
  dismiss: '不感兴趣',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
