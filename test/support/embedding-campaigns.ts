import { type Campaign, CampaignSchema, type CampaignInput } from '@growthkit/core';
import { DEMO_QUOTA } from '../../apps/collector/src/seed/demo-quota.ts';

/**
 * A three-step checklist with the given title, inline in the host's slot `slot`: the stand-in widget of the embedding
 * tests, where the host, not the widget, is under test. `input` adds the trigger, priority, or a floating placement.
 */
export const checklistIn = (slot: string | undefined, id: string, title: string, input: Partial<CampaignInput> = {}): Campaign =>
  CampaignSchema.parse({
    id,
    content: { title: { en: title } },
    widget: {
      type: 'checklist',
      steps: ['a', 'b', 'c'].map((step) => ({ id: step, label: { en: `${title} ${step}` }, complete: { kind: 'manual' } })),
    },
    placement: slot ? { slot } : { floating: 'corner-end' },
    ...input,
  });

/** The demo's storage quota prompt for everyone: a banner at 4 of 5 GB (`growthkit('usage', 'storage_gb', 4, 5)`). */
export const storageQuota = (): Campaign => CampaignSchema.parse({ ...DEMO_QUOTA, audience: {} });
