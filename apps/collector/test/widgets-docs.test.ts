import { readFileSync } from 'node:fs';
import { CampaignSchema } from '@growthkit/core';
import { expect, test } from 'vitest';
import { DEMO_AHA } from '../src/seed/demo-aha.ts';
import { DEMO_CANCEL_FLOW } from '../src/seed/demo-cancel-flow.ts';
import { DEMO_ONBOARDING } from '../src/seed/demo-onboarding.ts';
import { DEMO_CAMPAIGNS } from '../src/seed/demo-project.ts';
import { DEMO_QUOTA } from '../src/seed/demo-quota.ts';
import { DEMO_RENEWAL } from '../src/seed/demo-renewal.ts';
import { DEMO_NPS } from '../src/seed/demo-survey.ts';
import { DEMO_UPSELL } from '../src/seed/demo-upsell.ts';
import { DEMO_VALUE_SUMMARY } from '../src/seed/demo-value-summary.ts';

const doc = readFileSync(new URL('../../../docs/widgets.md', import.meta.url), 'utf8');

/** The first ```json block of the `## <heading>` section of docs/widgets.md. */
function campaignJson(heading: string): unknown {
  const section = doc.split(/^## /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section?.match(/```json\n([\s\S]*?)\n```/);
  if (!block) throw new Error(`docs/widgets.md has no JSON block under "## ${heading}"`);
  return JSON.parse(block[1]);
}

test.each([
  ['Onboarding checklist', DEMO_ONBOARDING],
  ['Aha progress', DEMO_AHA],
  ['Value-saved summary', DEMO_VALUE_SUMMARY],
  ['Quota prompt', DEMO_QUOTA],
  ['Personalized upsell card', DEMO_UPSELL],
  ['Renewal / win-back', DEMO_RENEWAL],
  ['Micro-survey', DEMO_NPS],
  ['Cancel flow', DEMO_CANCEL_FLOW],
])('the %s campaign in docs/widgets.md is valid and is the one the demo seeds', (heading, seeded) => {
  const documented = campaignJson(heading);
  expect(CampaignSchema.safeParse(documented).error).toBeUndefined();
  expect(documented).toEqual(seeded);
  expect(DEMO_CAMPAIGNS.map((campaign) => campaign.id)).toContain(seeded.id);
});
