import { z } from 'zod';
import { CampaignSchema } from './campaign.ts';

/** Project settings the browser may see (no secrets, no origin list). */
export const PublicSettingsSchema = z.object({
  locales: z.array(z.string()).min(1).default(['en', 'zh-CN']),
  defaultLocale: z.string().default('en'),
  /** when on, a user id needs its HMAC `hash` to write or read that user's data */
  identityVerification: z.boolean().default(false),
});

/** GET /v1/config answers this; the SDK caches it and uses it at once on the next visit. */
export const ConfigSchema = z.object({
  project: z.string(),
  settings: PublicSettingsSchema,
  campaigns: z.array(CampaignSchema),
});

export type PublicSettings = z.infer<typeof PublicSettingsSchema>;
export type Config = z.infer<typeof ConfigSchema>;
