import { forLocale } from '../i18n/for-locale.ts';

/** The quota prompt's own UI strings (Dismiss is the kit's); kept in its chunk so other widgets do not carry them. */
const en = {
  used: "You've used {used} of {limit} ({percent})",
  upgrade: 'Upgrade',
  upgradeTo: 'Upgrade to {plan}',
  trial: 'Try it free for {days}',
  includes: '{plan} includes',
  close: 'Close',
  notNow: 'Not now',
};

export type QuotaStrings = typeof en;

const zhCN: QuotaStrings = {
  used: '已使用 {used} / {limit}（{percent}）',
  upgrade: '升级',
  upgradeTo: '升级到{plan}',
  trial: '免费试用 {days}',
  includes: '{plan}包含',
  close: '关闭',
  notNow: '以后再说',
};

const byLanguage = { en, zh: zhCN };

export const quotaStrings: (locale: string) => QuotaStrings = forLocale(byLanguage);
