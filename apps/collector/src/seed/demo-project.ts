import { CampaignSchema, PublicSettingsSchema } from '@growthkit/core';
import type { Project, Store } from '../store/store.ts';
import { DEMO_ONBOARDING } from './demo-onboarding.ts';
import { DEMO_QUOTA } from './demo-quota.ts';
import { DEMO_RENEWAL } from './demo-renewal.ts';
import { DEMO_UPGRADE_COPY } from './demo-experiment.ts';
import { DEMO_UPSELL } from './demo-upsell.ts';
import { DEMO_AHA } from './demo-aha.ts';
import { DEMO_VALUE_SUMMARY } from './demo-value-summary.ts';
import { DEMO_CHURN_SURVEY, DEMO_NPS } from './demo-survey.ts';
import { DEMO_CANCEL_FLOW } from './demo-cancel-flow.ts';

export const DEMO_PROJECT: Project = {
  id: 'demo',
  publishableKey: 'pk_demo',
  secretKey: 'sk_demo',
  allowedOrigins: ['http://localhost:*', 'http://127.0.0.1:*'],
  settings: PublicSettingsSchema.parse({
    locales: ['en', 'zh-CN'],
    defaultLocale: 'en',
    identityVerification: false,
    // the value scorecard: Acme Docs' four key features; docs and reports are the work a team runs through it
    value: {
      keyFeatures: ['doc_created', 'report_generated', 'teammate_invited', 'file_uploaded'],
      workEvents: ['doc_created', 'report_generated'],
      workPerPrice: 1,
    },
  }),
};

/** The demo campaigns, checked against the schema so a typo fails at start-up, not in the browser. */
export const DEMO_CAMPAIGNS = [
  CampaignSchema.parse(DEMO_ONBOARDING),
  CampaignSchema.parse({ ...DEMO_QUOTA, experiment: DEMO_UPGRADE_COPY }),
  CampaignSchema.parse(DEMO_UPSELL),
  CampaignSchema.parse(DEMO_AHA),
  CampaignSchema.parse(DEMO_VALUE_SUMMARY),
  CampaignSchema.parse(DEMO_RENEWAL),
  ...[DEMO_NPS, DEMO_CHURN_SURVEY].map((campaign) => CampaignSchema.parse(campaign)),
  CampaignSchema.parse(DEMO_CANCEL_FLOW),
];

/** Creates the demo project and its campaigns when absent; what already exists (maybe edited) is left alone. */
export async function seedDemoProject(store: Store): Promise<void> {
  await store.createProjectIfAbsent(DEMO_PROJECT);
  for (const campaign of DEMO_CAMPAIGNS) await store.createCampaignIfAbsent(DEMO_PROJECT.id, campaign);
}
