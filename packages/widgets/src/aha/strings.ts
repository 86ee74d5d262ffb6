import { stringsFor } from '../i18n/strings-for.ts';

/** The aha widget's UI strings. */
const en = {
  /** "12 of 50 customers"; without a unit the trailing space is trimmed */
  of: '{value} of {goal} {unit}',
  next: 'Next badge: {badge} at {at}',
  reached: 'Badge earned',
  locked: 'Not yet earned',
  earned: 'Badge earned: {badge}. {message}',
  gotIt: 'Got it',
  badges: 'Badges',
};

const zh: typeof en = {
  of: '{value} / {goal} {unit}',
  next: '下一枚徽章：{badge}（{at}）',
  reached: '已获得徽章',
  locked: '尚未获得',
  earned: '获得徽章：{badge}。{message}',
  gotIt: '知道了',
  badges: '徽章',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
