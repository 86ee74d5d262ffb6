import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's aha-moment progress: new users (first 30 days) work toward 50 connected customers; the home page's
 * "Import 10 customers" button tracks `customer_connected` ten times, so each click moves the bar and earns badges.
 * docs/widgets.md shows this campaign; a collector test keeps the two equal.
 */
export const DEMO_AHA: CampaignInput = {
  id: 'aha-connect-customers',
  name: 'Aha moment: connect 50 customers',
  widget: {
    type: 'aha',
    metric: { kind: 'event', event: 'customer_connected' },
    unit: { en: 'customers', 'zh-CN': '位客户' },
    milestones: [
      {
        at: 10,
        icon: 'flag',
        badge: { en: 'First ten', 'zh-CN': '首批十位' },
        message: {
          en: 'Ten customers connected. Nice start, {{user.first_name}}!',
          'zh-CN': '已连接 10 位客户，开局不错，{{user.first_name}}！',
        },
      },
      {
        at: 25,
        icon: 'bolt',
        badge: { en: 'Halfway', 'zh-CN': '过半' },
        message: { en: 'Halfway there: 25 customers connected.', 'zh-CN': '已完成一半：连接了 25 位客户。' },
      },
      {
        at: 50,
        icon: 'trophy',
        badge: { en: 'Connected', 'zh-CN': '全部连接' },
        message: {
          en: 'All 50 customers connected. This is where teams start to fly.',
          'zh-CN': '50 位客户全部连接，团队从这里开始起飞。',
        },
      },
    ],
  },
  content: {
    title: { en: 'Connect 50 customers', 'zh-CN': '连接 50 位客户' },
    body: {
      en: 'Teams that connect 50 customers in their first month get the most out of Acme Docs.',
      'zh-CN': '第一个月连接 50 位客户的团队，最能发挥 Acme Docs 的价值。',
    },
  },
  audience: { 'computed.days_since_signup': { $lte: 30 } },
  trigger: { type: 'page', path: '/' },
  placement: { slot: 'aha' },
  priority: 5,
};
