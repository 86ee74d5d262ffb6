import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's NPS question, for users two weeks in, on the Reports page (out of the way of the home page's prompts): 0–10,
 * then a follow-up worded for the score's band. A score of 0–6 is negative feedback, which raises the user's risk for
 * 30 days.
 */
export const DEMO_NPS: CampaignInput = {
  id: 'nps-survey',
  name: 'NPS after two weeks',
  widget: {
    type: 'survey',
    survey: 'nps',
    question: {
      kind: 'nps',
      question: {
        en: 'How likely are you to recommend Acme Docs to a friend or colleague?',
        'zh-CN': '你有多大可能向朋友或同事推荐 Acme Docs？',
      },
      followUp: {
        any: { en: 'What is the main reason for your score?', 'zh-CN': '你打这个分数的主要原因是什么？' },
        detractor: { en: 'What disappointed you, and what should we fix first?', 'zh-CN': '哪里让你失望了？我们应该先改进什么？' },
        promoter: { en: 'What do you like most?', 'zh-CN': '你最喜欢哪一点？' },
      },
    },
  },
  content: { title: { en: 'Quick question', 'zh-CN': '一个小问题' } },
  audience: { 'computed.days_since_signup': { $gte: 14 } },
  trigger: { type: 'page', path: '/reports' },
  placement: { floating: 'corner-end' },
  priority: 5,
};

/**
 * The churn-reason question, asked once a user has confirmed a cancellation in the cancel flow without giving a reason
 * there ("Continue cancelling" on the first step): whoever gave one is not asked again.
 */
export const DEMO_CHURN_SURVEY: CampaignInput = {
  id: 'churn-reason-survey',
  name: 'Why did you cancel?',
  widget: {
    type: 'survey',
    survey: 'churn_reason',
    question: {
      kind: 'choice',
      question: { en: 'What was the main reason you cancelled?', 'zh-CN': '你取消订阅的主要原因是什么？' },
      options: [
        { id: 'too_expensive', label: { en: 'Too expensive', 'zh-CN': '价格太高' } },
        { id: 'missing_features', label: { en: 'Missing features', 'zh-CN': '缺少功能' } },
        { id: 'hard_to_use', label: { en: 'Hard to use', 'zh-CN': '不好用' } },
        { id: 'competitor', label: { en: 'Switched to another product', 'zh-CN': '换用了其他产品' } },
        { id: 'business_changed', label: { en: 'My business changed', 'zh-CN': '我的业务有变化' } },
        { id: 'other', label: { en: 'Something else', 'zh-CN': '其他原因' } },
      ],
      text: { en: 'Anything we could have done better?', 'zh-CN': '我们哪里可以做得更好？' },
    },
  },
  content: { title: { en: 'Sorry to see you go', 'zh-CN': '很遗憾你要离开' } },
  trigger: { type: 'event', event: 'gk.cancel_outcome', props: { outcome: 'cancelled', reason: null } },
  placement: { floating: 'corner-end' },
  priority: 60,
};
