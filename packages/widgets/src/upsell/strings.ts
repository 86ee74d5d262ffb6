import { stringsFor } from '../i18n/strings-for.ts';

/** The upsell card's UI strings. */
const en = {
  dismiss: 'Not interested',
  next: 'Offer dismissed. Now showing: {title}',
};

const zh: typeof en = {
  dismiss: '不感兴趣',
  next: '已关闭该推荐。现在显示：{title}',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
