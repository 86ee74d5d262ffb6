import { CampaignSchema, type Campaign, type CampaignInput } from '@growthkit/core';
import type { Stack } from './stack.ts';

/** A floating three-step checklist as a stand-in prompt: targeting is what these tests are about, not the widget. */
export const floatingPrompt = (id: string, title: string, input: Partial<CampaignInput>): Campaign =>
  CampaignSchema.parse({
    id,
    name: title,
    content: { title: { en: title } },
    widget: {
      type: 'checklist',
      steps: ['a', 'b', 'c'].map((step) => ({ id: step, label: { en: `${title} ${step}` }, complete: { kind: 'manual' } })),
    },
    placement: { floating: 'corner-end' },
    ...input,
  });

/**
 * Leaves only the demo's onboarding checklist (inline, no budget spent) and the given campaigns live, so other
 * demo campaigns cannot take the floating place or the contact budget from the ones under test.
 */
export async function useCampaigns(stack: Stack, campaigns: Campaign[]): Promise<void> {
  for (const campaign of await stack.store.liveCampaigns('demo'))
    if (campaign.id !== 'onboarding') await stack.store.putCampaign('demo', { ...campaign, status: 'paused' });
  for (const campaign of campaigns) await stack.store.putCampaign('demo', campaign);
}
