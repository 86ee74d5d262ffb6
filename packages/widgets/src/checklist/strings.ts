import { stringsFor } from '../i18n/strings-for.ts';

/** The checklist's UI strings. */
const en = {
  /** "{done} of {total}" is the checklist's headline count and a step's count progress ("1 of 2") */
  of: '{done} of {total}',
  stepsDone: '{done} of {total} steps done',
  launcher: 'Get started',
  open: 'Open checklist',
  collapse: 'Collapse',
  skip: 'Skip',
  markDone: 'Mark as done',
  skipped: 'Skipped',
  /** a step's state after its label, for screen readers; the punctuation is the language's own */
  state: { open: ' (To do)', done: ' (Done)', skipped: ' (Skipped)' },
  stepDone: '{step}: done',
  stepSkipped: '{step}: skipped',
  allDone: 'All done. Nice work!',
};

export type ChecklistStrings = typeof en;

const zh: ChecklistStrings = {
  of: '{done} / {total}',
  stepsDone: '已完成 {done} / {total} 步',
  launcher: '快速上手',
  open: '打开清单',
  collapse: '收起',
  skip: '跳过',
  markDone: '标记为已完成',
  skipped: '已跳过',
  state: { open: '（待完成）', done: '（已完成）', skipped: '（已跳过）' },
  stepDone: '{step}：已完成',
  stepSkipped: '{step}：已跳过',
  allDone: '全部完成，干得漂亮！',
};

export const strings = (locale: string) => stringsFor({ en, zh }, locale);
