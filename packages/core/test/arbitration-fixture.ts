import {
  CampaignSchema,
  decide,
  explainDecisions,
  PublicSettingsSchema,
  type CampaignInput,
  type DecideInput,
  type UserState,
} from '../src/index.ts';

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

/** decide's decisions with their reasons' details and words, as the debug panel and the collector show them. */
export const explained = (input: DecideInput) => explainDecisions(decide(input), input);
