import { stringsFor } from '../i18n/strings-for.ts';

/** The value summary's UI strings (Dismiss is the kit's). */
const en = {
  week: 'Last 7 days',
  month: 'Last 30 days',
  signup: 'Since signup',
  period: 'Period',
  savedTime: 'time saved',
  savedMoney: 'saved',
  more: '{change} more than the {days} days before',
  less: '{change} less than the {days} days before',
  same: 'Same as the {days} days before',
  top: 'Top contributors',
  times: '{count}×',
  empty: 'Nothing yet in this period.',
  start: 'Your savings add up as you work',
};

const zh: typeof en = {
  week: '近 7 天',
  month: '近 30 天',
  signup: '注册以来',
  period: '时间范围',
  savedTime: '节省的时间',
  savedMoney: '节省的费用',
  more: '比之前 {days} 天多 {change}',
  less: '比之前 {days} 天少 {change}',
  same: '与之前 {days} 天持平',
  top: '主要来源',
  times: '{count} 次',
  empty: '这段时间还没有记录。',
  start: '你的节省会随着使用逐渐累积',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
