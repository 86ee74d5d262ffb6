/**
 * Two months of one user's events (UTC times), summarised on 2026-11-22 at 12:00 UTC:
 * last 30 days = Oct 24 – Nov 22, the 30 before = Sep 24 – Oct 23; last 7 days = Nov 16 – 22, the 7 before = Nov 9 – 15.
 */
const DAY = 86_400_000;
const days = (from: string, to: string, time: string) => {
  const list: string[] = [];
  for (let ms = Date.parse(from); ms <= Date.parse(to); ms += DAY) list.push(`${new Date(ms).toISOString().slice(0, 10)}T${time}Z`);
  return list;
};

export const NOW = new Date('2026-11-22T12:00:00Z');

export const VALUE_EVENTS = [
  // long before: counts since signup only
  { name: 'report_generated', ts: '2026-08-01T09:00:00Z' },
  { name: 'report_generated', ts: '2026-09-23T09:00:00Z' },
  // one report a day: 24 in the previous 30 days, 30 in the last 30
  ...days('2026-09-30', '2026-11-22', '09:00:00').map((ts) => ({ name: 'report_generated', ts })),
  // two docs a day: Sep 24 – Oct 5 (24 docs) and Nov 3 – 22 (40 docs)
  ...[...days('2026-09-24', '2026-10-05', '10:00:00'), ...days('2026-11-03', '2026-11-22', '10:00:00')].flatMap((ts) => [
    { name: 'doc_created', ts },
    { name: 'doc_created', ts },
  ]),
  // 20:00 UTC on Nov 15 is already Nov 16 in Shanghai
  { name: 'teammate_invited', ts: '2026-11-15T20:00:00Z' },
  { name: 'teammate_invited', ts: '2026-11-20T10:00:00Z' },
  { name: 'teammate_invited', ts: '2026-11-21T10:00:00Z' },
  ...Array.from({ length: 5 }, () => ({ name: 'file_uploaded', ts: '2026-11-01T10:00:00Z' })),
  // no value rule: ignored
  { name: 'page', ts: '2026-11-22T10:00:00Z' },
];

export const TIME_RULES = [
  { event: 'report_generated', label: { en: 'Reports generated', 'zh-CN': '生成的报告' }, minutes: 20 },
  { event: 'doc_created', label: { en: 'Docs created', 'zh-CN': '创建的文档' }, minutes: 5 },
  { event: 'teammate_invited', label: { en: 'Teammates invited', 'zh-CN': '邀请的同事' }, minutes: 10 },
  { event: 'file_uploaded', label: { en: 'Files uploaded', 'zh-CN': '上传的文件' }, minutes: 2 },
];
