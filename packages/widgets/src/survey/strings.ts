import { stringsFor } from '../i18n/strings-for.ts';

/** The micro-survey's UI strings. */
const en = {
  low: 'Not likely',
  high: 'Very likely',
  send: 'Send',
  thanks: 'Thank you for your answer!',
};

const zh: typeof en = {
  low: '不太可能',
  high: '非常可能',
  send: '发送',
  thanks: '感谢你的反馈！',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
