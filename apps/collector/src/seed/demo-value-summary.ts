import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's value-saved summary: from day 7 after signup, the time Acme Docs saved this user (reports 20 min, docs
 * 5 min, invites 10 min, uploads 2 min each), counted from the events this device saw.
 * docs/widgets.md shows this campaign; a collector test keeps the two equal.
 */
export const DEMO_VALUE_SUMMARY: CampaignInput = {
  id: 'value-saved',
  name: 'Value saved summary',
  widget: {
    type: 'value-summary',
    rules: [
      { event: 'report_generated', label: { en: 'Reports generated', 'zh-CN': '生成的报告' }, minutes: 20 },
      { event: 'doc_created', label: { en: 'Docs created', 'zh-CN': '创建的文档' }, minutes: 5 },
      { event: 'teammate_invited', label: { en: 'Teammates invited', 'zh-CN': '邀请的同事' }, minutes: 10 },
      { event: 'file_uploaded', label: { en: 'Files uploaded', 'zh-CN': '上传的文件' }, minutes: 2 },
    ],
    period: 'month',
    periods: ['week', 'month', 'signup'],
    cta: { label: { en: 'See all reports', 'zh-CN': '查看全部报告' }, url: '/reports' },
  },
  content: {
    title: { en: '{{user.first_name}}, you saved {{value.total}}', 'zh-CN': '{{user.first_name}}，你节省了 {{value.total}}' },
    body: { en: 'Time you would have spent on reports and docs by hand.', 'zh-CN': '这些是你原本需要手动整理报告和文档的时间。' },
  },
  trigger: { type: 'schedule', daysSinceSignup: { min: 7 } },
  placement: { slot: 'value-summary' },
  priority: 4,
};
