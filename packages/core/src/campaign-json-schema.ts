import { z } from 'zod';
import { CampaignSchema } from './campaign.ts';

/**
 * The campaign schema as JSON Schema (draft 2020-12), for editor completion: campaign files may start with
 * `"$schema": "…/campaign.schema.json"`. Generated from the zod schema, the one source of truth; rules JSON Schema
 * cannot express (unique step ids, an "en" text) are checked by the collector and the console.
 */
export function campaignJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CampaignSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://growthkit.dev/schema/campaign.schema.json',
    title: 'GrowthKit campaign',
  };
}
