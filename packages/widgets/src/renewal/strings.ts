import { stringsFor } from '../i18n/strings-for.ts';

/** The renewal prompt's UI strings (Dismiss is the kit's). */
const en = {
  saved: 'Saved in the last 30 days',
  features: 'Features used',
  seats: 'Active seats',
  of: '{active} of {of}',
  score: 'Value score',
  news: 'What’s new',
};

const zh: typeof en = {
  saved: '近 30 天节省',
  features: '已用功能',
  seats: '活跃席位',
  of: '{active} / {of}',
  score: '价值评分',
  news: '新功能',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
