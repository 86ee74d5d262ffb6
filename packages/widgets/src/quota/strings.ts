import { stringsFor } from '../i18n/strings-for.ts';

/** The quota prompt's UI strings (Dismiss is the kit's). */
const en = {
  used: "You've used {used} of {limit} ({percent})",
  /** the banner's live region: its label, then the usage */
  said: '{label}: {used}',
  upgrade: 'Upgrade',
  upgradeTo: 'Upgrade to {plan}',
  trial: 'Try it free for {days}',
  includes: '{plan} includes',
  close: 'Close',
  notNow: 'Not now',
};

const zh: typeof en = {
  used: '已使用 {used} / {limit}（{percent}）',
  said: '{label}：{used}',
  upgrade: '升级',
  upgradeTo: '升级到{plan}',
  trial: '免费试用{days}',
  includes: '{plan}包含',
  close: '关闭',
  notNow: '以后再说',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
