import type { CampaignInput } from '@growthkit/core';

/**
 * The demo's experiment on the storage quota prompt (SPEC §10): does leading the upgrade dialog with the value of the
 * next plan sell more upgrades than leading with the limit? 45% see the current copy, 45% the value copy, 10% are held
 * out and see no prompt at all. A conversion is `plan_upgraded` within 14 days of the first exposure.
 */
export const DEMO_UPGRADE_COPY: NonNullable<CampaignInput['experiment']> = {
  key: 'demo-upgrade-copy',
  variants: [
    { key: 'control', weight: 45 },
    {
      key: 'value',
      weight: 45,
      overrides: {
        content: {
          title: { en: 'Teams on Growth save about 6 h a month', 'zh-CN': '使用成长版的团队每月约节省 6 小时' },
          body: {
            en: '{{user.first_name}}, you have filled your storage. Growth gives your team 100 GB and unlimited history, so nobody waits for space again.',
            'zh-CN': '{{user.first_name}}，你的存储空间已满。成长版为团队提供 100 GB 空间和无限版本历史，再也不用等空间。',
          },
        },
      },
    },
  ],
  holdout: { key: 'holdout', weight: 10 },
  goal: { event: 'plan_upgraded', windowDays: 14 },
};
