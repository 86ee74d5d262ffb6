import { forLocale } from './for-locale.ts';
import { intlLocale } from './intl-locale.ts';

/** The widgets' own UI strings. Campaign texts arrive already localised; these are the chrome around them. */
const en = {
  /** "{done} of {total}" is the checklist's headline count and a step's count progress ("1 of 2") */
  of: '{done} of {total}',
  stepsDone: '{done} of {total} steps done',
  launcher: 'Get started',
  open: 'Open checklist',
  collapse: 'Collapse',
  dismiss: 'Dismiss',
  skip: 'Skip',
  markDone: 'Mark as done',
  done: 'Done',
  skipped: 'Skipped',
  todo: 'To do',
  stepDone: '{step}: done',
  stepSkipped: '{step}: skipped',
  allDone: 'All done. Nice work!',
};

export type Strings = typeof en;

const zhCN: Strings = {
  of: '{done} / {total}',
  stepsDone: '已完成 {done} / {total} 步',
  launcher: '快速上手',
  open: '打开清单',
  collapse: '收起',
  dismiss: '关闭',
  skip: '跳过',
  markDone: '标记为已完成',
  done: '已完成',
  skipped: '已跳过',
  todo: '待完成',
  stepDone: '{step}：已完成',
  stepSkipped: '{step}：已跳过',
  allDone: '全部完成，干得漂亮！',
};

const byLanguage = { en, zh: zhCN };

export const strings: (locale: string) => Strings = forLocale(byLanguage);

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
export function format(template: string, locale: string, values: Record<string, string | number>): string {
  const number = new Intl.NumberFormat(intlLocale(locale));
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    return typeof value === 'number' ? number.format(value) : value;
  });
}
