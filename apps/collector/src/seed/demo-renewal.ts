import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's renewal prompt: for a medium- or high-risk account 30, 15, 7 and 1 days before `renews_at`, the time Acme
 * Docs saved it in the last 30 days (the value-saved rules), its value scorecard, what is new, and the one offer that
 * answers its risk signals; a lapsed account (renewal passed, or `cancelled_at` set) gets the win-back. The at-risk
 * persona (nps 4: negative_feedback) sees it 15 days before renewal. docs/widgets.md shows this campaign.
 */
export const DEMO_RENEWAL: CampaignInput = {
  id: 'renewal',
  name: 'Renewal and win-back',
  widget: {
    type: 'renewal',
    offers: [
      {
        id: 'flexible-billing',
        kind: 'flexible_billing',
        signals: ['negative_feedback'],
        title: { en: 'Pay monthly instead', 'zh-CN': '改为按月付费' },
        body: { en: 'Switch to monthly billing at renewal and cancel any month.', 'zh-CN': '续订时改为按月付费，任何一个月都可以取消。' },
        accept: { label: { en: 'Switch to monthly', 'zh-CN': '改为按月' }, action: 'switch_monthly' },
      },
      {
        id: 'extra-time',
        kind: 'extra_time',
        signals: ['silent', 'narrowed_use'],
        title: { en: 'Take an extra month on us', 'zh-CN': '免费多用一个月' },
        body: { en: '30 more days before your renewal, to get the team back in.', 'zh-CN': '续订前再多 30 天，让团队重新用起来。' },
        accept: { label: { en: 'Add 30 days', 'zh-CN': '增加 30 天' }, action: 'extend_30' },
      },
      {
        id: 'renewal-discount',
        kind: 'discount',
        signals: ['usage_drop', 'low_value'],
        title: { en: '20% off your next year', 'zh-CN': '明年续订享 8 折' },
        body: { en: 'Renew now and pay $96 instead of $120.', 'zh-CN': '现在续订，只需 $96，原价 $120。' },
        accept: { label: { en: 'Renew at 20% off', 'zh-CN': '8 折续订' }, action: 'renew_discount' },
      },
    ],
    rules: [
      { event: 'report_generated', label: { en: 'Reports generated', 'zh-CN': '生成的报告' }, minutes: 20 },
      { event: 'doc_created', label: { en: 'Docs created', 'zh-CN': '创建的文档' }, minutes: 5 },
      { event: 'teammate_invited', label: { en: 'Teammates invited', 'zh-CN': '邀请的同事' }, minutes: 10 },
      { event: 'file_uploaded', label: { en: 'Files uploaded', 'zh-CN': '上传的文件' }, minutes: 2 },
    ],
    news: [
      {
        title: { en: 'Shared templates', 'zh-CN': '共享模板' },
        body: { en: 'Your whole team starts from the same docs.', 'zh-CN': '全队从同一套文档开始。' },
      },
      {
        title: { en: 'Scheduled reports', 'zh-CN': '定时报告' },
        body: { en: 'Reports arrive in inboxes every Monday.', 'zh-CN': '每周一自动发送报告到邮箱。' },
      },
    ],
    winBack: {
      title: { en: '{{user.first_name}}, your docs are still here', 'zh-CN': '{{user.first_name}}，你的文档都还在' },
      body: { en: 'Come back and pick up where you left off.', 'zh-CN': '回来继续你未完成的工作吧。' },
      offer: {
        id: 'win-back-month',
        kind: 'extra_time',
        title: { en: 'Your first month back is on us', 'zh-CN': '回归首月免费' },
        body: { en: 'Reactivate today and pay nothing until next month.', 'zh-CN': '今天重新启用，下个月才开始付费。' },
        accept: { label: { en: 'Reactivate', 'zh-CN': '重新启用' }, action: 'reactivate' },
      },
    },
  },
  content: {
    title: { en: 'Your plan renews in {{renewal.days}} days', 'zh-CN': '你的套餐将在 {{renewal.days}} 天后续订' },
    body: { en: 'Here is what Acme Docs did for your team.', 'zh-CN': '这是 Acme Docs 为你的团队做的事。' },
  },
  // A rough cut of renewalPrompt's rule, so a user with nothing to see spends no contact budget on an empty prompt:
  // 30 days or less before renewal at medium or high risk, or lapsed (renewal passed, or cancelled).
  audience: {
    $or: [
      { 'computed.days_to_renewal': { $lte: 30 }, 'computed.risk': { $in: ['medium', 'high'] } },
      { 'computed.days_to_renewal': { $lte: 0 } },
      { 'account.cancelled_at': { $exists: true } },
      { cancelled_at: { $exists: true } },
    ],
  },
  trigger: { type: 'page', path: '*' },
  placement: { floating: 'corner-end' },
  priority: 30,
};
