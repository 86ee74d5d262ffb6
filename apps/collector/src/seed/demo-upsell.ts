import type { CampaignInput } from '@growthkit/core';

const growthQuote = {
  quote: {
    en: 'Our Monday report used to take half a day. Now it is in everyone’s inbox before standup.',
    'zh-CN': '以前周一的报告要花半天，现在站会前就已发到每个人的邮箱。',
  },
  author: 'Priya N., Head of Ops at Northwind',
};

/**
 * The personalized upsell card of the demo: one offer per playbook tier and a runner-up for each, so every persona
 * sees a different card and dismissing it brings the next best. Tests in packages/core choose from this catalogue.
 */
export const DEMO_UPSELL: CampaignInput = {
  id: 'upsell-card',
  name: 'Personalized upsell card',
  widget: {
    type: 'upsell',
    offers: [
      {
        id: 'trial-keep-work',
        audience: { 'computed.tier': 'trial' },
        score: 90,
        title: {
          en: '{{user.first_name}}, keep your work when the trial ends',
          'zh-CN': '{{user.first_name}}，试用结束后保留你的全部内容',
        },
        value: { en: 'Save 20% with yearly billing — about $96 a year', 'zh-CN': '按年付费立省 20%，每年约省 $96' },
        action: { label: { en: 'Choose a plan', 'zh-CN': '选择套餐' }, url: '/account#plans' },
      },
      {
        id: 'trial-setup-call',
        audience: { 'computed.tier': 'trial' },
        score: 60,
        title: { en: 'Book a 20-minute setup call', 'zh-CN': '预约 20 分钟上手指导' },
        value: { en: 'Teams that take the call are set up 2× faster', 'zh-CN': '参加指导的团队上手速度快 2 倍' },
        action: { label: { en: 'Pick a time', 'zh-CN': '选择时间' }, action: 'book_call' },
      },
      {
        id: 'basic-storage',
        audience: { 'computed.tier': 'basic', 'usage.storage_gb.ratio': { $gte: 0.6 } },
        score: 80,
        title: { en: 'Room for every file with Growth', 'zh-CN': '升级成长版，文件再多也放得下' },
        value: { en: '20× the storage for $8 more a month', 'zh-CN': '每月只需多付 $8，存储空间扩大 20 倍' },
        action: { label: { en: 'Compare plans', 'zh-CN': '比较套餐' }, url: '/account#plans' },
      },
      {
        id: 'basic-automation',
        audience: { 'computed.tier': 'basic' },
        score: 70,
        title: { en: 'Automate your weekly reports', 'zh-CN': '自动生成每周报告' },
        value: { en: 'Saves about 10 h a month', 'zh-CN': '每月约节省 10 小时' },
        testimonial: growthQuote,
        action: { label: { en: 'Try Growth free', 'zh-CN': '免费试用成长版' }, action: 'start_growth_trial' },
      },
      {
        id: 'growth-seats',
        audience: { 'computed.tier': 'growth' },
        score: 80,
        title: { en: 'Bring the whole team into Acme Docs', 'zh-CN': '让整个团队都用上 Acme Docs' },
        value: { en: '5 more seats at 30% off — $35 a month', 'zh-CN': '再加 5 个席位享 7 折，每月 $35' },
        testimonial: {
          quote: {
            en: 'Once everyone was in, review cycles dropped from days to hours.',
            'zh-CN': '全员加入后，审阅周期从几天缩短到几小时。',
          },
          author: 'Marco D., Engineering Manager at Tailspin',
        },
        action: { label: { en: 'Add seats', 'zh-CN': '添加席位' }, action: 'add_seats' },
      },
      {
        id: 'growth-analytics',
        audience: { 'computed.tier': 'growth', role: 'manager' },
        score: 60,
        title: { en: 'See how your team writes', 'zh-CN': '了解团队的写作情况' },
        value: { en: 'Managers spot stalled docs 3 days sooner', 'zh-CN': '管理者可提前 3 天发现停滞的文档' },
        action: { label: { en: 'Open team analytics', 'zh-CN': '打开团队分析' }, url: '/reports' },
      },
      {
        id: 'hv-success-manager',
        audience: { 'computed.tier': 'high-value' },
        score: 90,
        title: { en: 'Meet your customer success manager', 'zh-CN': '认识你的专属客户成功经理' },
        value: { en: 'Accounts with a CSM save about 30 h a quarter', 'zh-CN': '有专属经理的客户每季度约节省 30 小时' },
        action: { label: { en: 'Book an intro', 'zh-CN': '预约介绍' }, action: 'book_csm' },
      },
      {
        id: 'hv-sso',
        audience: { 'computed.tier': 'high-value', role: 'admin' },
        score: 50,
        title: { en: 'Single sign-on for every workspace', 'zh-CN': '所有工作区统一单点登录' },
        value: { en: 'Onboard a new hire in 1 minute instead of 15', 'zh-CN': '新员工入职配置从 15 分钟缩短到 1 分钟' },
        action: { label: { en: 'Set up SSO', 'zh-CN': '设置 SSO' }, url: '/account#sso' },
      },
      {
        id: 'templates',
        score: 10,
        title: { en: 'Start from 200+ templates', 'zh-CN': '从 200 多个模板开始' },
        value: { en: 'Write your next doc 3× faster', 'zh-CN': '下一篇文档写得快 3 倍' },
        action: { label: { en: 'Browse templates', 'zh-CN': '浏览模板' }, url: '/docs' },
      },
    ],
  },
  content: { title: { en: 'Recommended for you', 'zh-CN': '为你推荐' } },
  trigger: { type: 'page', path: '*' },
  placement: { slot: 'upsell' },
  priority: 20,
};
