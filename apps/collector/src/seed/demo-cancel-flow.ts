import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's cancel flow, run by the account page's Cancel button (`growthkit.cancelFlow()`): one save offer for each
 * reason, matched by the playbook's default (price → the discount, then the cheaper plan; missing features → the
 * roadmap; hard to use → guided help; a competitor → what is new; a changed business → a pause; other → help).
 */
export const DEMO_CANCEL_FLOW: CampaignInput = {
  id: 'cancel-flow',
  name: 'Cancel flow',
  widget: {
    type: 'cancel-flow',
    offers: [
      {
        id: 'half-off-3-months',
        kind: 'discount',
        title: { en: 'Stay for half the price', 'zh-CN': '半价继续使用' },
        body: { en: '50% off your next 3 months — about $24 saved', 'zh-CN': '接下来 3 个月享 5 折，约省 $24' },
        accept: { label: { en: 'Take 50% off', 'zh-CN': '领取 5 折优惠' }, action: 'apply_discount' },
      },
      {
        id: 'basic-plan',
        kind: 'downgrade',
        title: { en: 'Move to Basic instead', 'zh-CN': '改用基础版' },
        body: { en: 'Keep your docs for $8 a month', 'zh-CN': '每月 $8，保留你的全部文档' },
        accept: { label: { en: 'Switch to Basic', 'zh-CN': '切换到基础版' }, action: 'downgrade_basic' },
      },
      {
        id: 'roadmap',
        kind: 'roadmap',
        title: { en: 'See what we are building next', 'zh-CN': '看看我们接下来要做什么' },
        body: { en: 'Vote for the feature you need: the top 3 ship this quarter', 'zh-CN': '为你需要的功能投票：票数前 3 的本季度上线' },
        accept: { label: { en: 'Open the roadmap', 'zh-CN': '查看路线图' }, url: '/roadmap' },
      },
      {
        id: 'guided-setup',
        kind: 'help',
        title: { en: 'Let us set it up with you', 'zh-CN': '让我们陪你完成设置' },
        body: { en: 'A free 20-minute call with a product specialist', 'zh-CN': '与产品专家免费通话 20 分钟' },
        accept: { label: { en: 'Book a call', 'zh-CN': '预约通话' }, action: 'book_call' },
      },
      {
        id: 'spring-release',
        kind: 'whats_new',
        title: { en: 'Have you seen what is new?', 'zh-CN': '看看我们的新功能？' },
        body: {
          en: 'Automated reports, 20× storage and a faster editor, all in this spring’s release',
          'zh-CN': '自动报告、20 倍存储空间和更快的编辑器，都在今年春季版本中',
        },
        accept: { label: { en: 'See the release', 'zh-CN': '查看新版本' }, url: '/whats-new' },
      },
      {
        id: 'pause-3-months',
        kind: 'pause',
        title: { en: 'Pause instead of cancelling', 'zh-CN': '暂停而不是取消' },
        body: { en: 'Up to 3 months, no charge; your docs stay as they are', 'zh-CN': '最多暂停 3 个月，不收费；文档原样保留' },
        accept: { label: { en: 'Pause my subscription', 'zh-CN': '暂停订阅' }, action: 'pause_subscription' },
      },
    ],
  },
  content: {
    title: { en: 'Before you go, {{user.first_name}}', 'zh-CN': '{{user.first_name}}，请留步' },
    body: { en: 'Tell us why, and we may be able to help.', 'zh-CN': '告诉我们原因，也许我们能帮上忙。' },
  },
  trigger: { type: 'manual' },
  placement: { floating: 'modal' },
  priority: 100,
};
