/** The checklist's UI strings, in the kit's table (i18n/strings.ts). */
export const en = {
  /** "{done} of {total}" is the checklist's headline count and a step's count progress ("1 of 2") */
  of: '{done} of {total}',
  stepsDone: '{done} of {total} steps done',
  launcher: 'Get started',
  open: 'Open checklist',
  collapse: 'Collapse',
  skip: 'Skip',
  markDone: 'Mark as done',
  done: 'Done',
  skipped: 'Skipped',
  todo: 'To do',
  stepDone: '{step}: done',
  stepSkipped: '{step}: skipped',
  allDone: 'All done. Nice work!',
};

export const zh: typeof en = {
  of: '{done} / {total}',
  stepsDone: '已完成 {done} / {total} 步',
  launcher: '快速上手',
  open: '打开清单',
  collapse: '收起',
  skip: '跳过',
  markDone: '标记为已完成',
  done: '已完成',
  skipped: '已跳过',
  todo: '待完成',
  stepDone: '{step}：已完成',
  stepSkipped: '{step}：已跳过',
  allDone: '全部完成，干得漂亮！',
};
