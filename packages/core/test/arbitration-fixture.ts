import { CampaignSchema, PublicSettingsSchema, type CampaignInput, type UserState } from '../src/index.ts';

const step = (id: string) => ({ id, label: { en: id }, complete: { kind: 'manual' } });

/** A valid live checklist campaign, floating unless a slot is given. */
export const campaign = (id: string, extra: Partial<CampaignInput> = {}) =>
  CampaignSchema.parse({
    id,
    widget: { type: 'checklist', steps: [step('a'), step('b'), step('c')] },
    content: { title: { en: id } },
    ...extra,
  });

export const settings = (extra: object = {}) => PublicSettingsSchema.parse(extra);

export const emptyState = (): UserState => ({ campaigns: {} });
