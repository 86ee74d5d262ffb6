import { forLocale } from '../i18n/for-locale.ts';

/** The upsell card's own UI strings; kept in its chunk so other widgets do not carry them. */
const en = {
  dismiss: 'Not interested',
  next: 'Offer dismissed. Now showing: {title}',
};

export type UpsellStrings = typeof en;

const zhCN: UpsellStrings = {
  dismiss: '不感兴趣',
  next: '已关闭该推荐。现在显示：{title}',
};

const byLanguage = { en, zh: zhCN };

export const upsellStrings: (locale: string) => UpsellStrings = forLocale(byLanguage);
