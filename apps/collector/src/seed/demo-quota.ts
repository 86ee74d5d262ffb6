import type { CampaignInput } from '@growthkit/core';

/**
 * Storage quota prompt of the demo: each "Upload file" adds 0.8 of 5 GB, so the fifth upload (4.0 GB, 80%) brings
 * the banner and the seventh (5 GB) the upgrade dialog. docs/widgets.md shows this campaign; a test keeps them equal.
 */
export const DEMO_QUOTA: CampaignInput = {
  id: 'storage-quota',
  name: 'Storage quota prompt',
  widget: {
    type: 'quota',
    metric: 'storage_gb',
    label: { en: 'Storage', 'zh-CN': '存储空间' },
    unit: 'gigabyte',
    warnAt: 0.8,
    limitAt: 1,
    nextPlan: {
      id: 'growth',
      name: { en: 'Growth', 'zh-CN': '成长版' },
      unlocks: [
        { en: '100 GB of storage for your team', 'zh-CN': '团队共享 100 GB 存储空间' },
        { en: 'Unlimited version history', 'zh-CN': '无限版本历史' },
        { en: 'Priority support, answered within 4 hours', 'zh-CN': '优先支持，4 小时内响应' },
      ],
      upgradeUrl: '/account#upgrade',
    },
    trial: { days: 7 },
  },
  content: {
    title: { en: "You've reached your storage limit", 'zh-CN': '你的存储空间已用完' },
    body: {
      en: '{{user.first_name}}, new uploads are paused. Upgrade to keep your team working without interruption.',
      'zh-CN': '{{user.first_name}}，新的上传已暂停。升级后团队即可继续工作，不受影响。',
    },
  },
  audience: { plan: { $in: ['trial', 'basic'] } },
  trigger: { type: 'usage', metric: 'storage_gb', threshold: 0.8 },
  placement: { floating: 'banner' },
  priority: 50,
};
