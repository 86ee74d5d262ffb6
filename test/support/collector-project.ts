import { type Campaign, PublicSettingsSchema } from '@growthkit/core';
import type { Store } from '@growthkit/collector';

export interface TestProject {
  id: string;
  publishableKey: string;
  secretKey: string;
}

/**
 * A project of its own on the collector, with only the given campaigns and the default contact budget (one
 * interruptive prompt per session), as an admin would set it up, so each test sees exactly the campaigns it names.
 */
export async function createProject(store: Store, id: string, campaigns: Campaign[]): Promise<TestProject> {
  const project = { id, publishableKey: `pk_${id}`, secretKey: `sk_${id}` };
  await store.createProjectIfAbsent({
    ...project,
    allowedOrigins: ['http://127.0.0.1:*'],
    settings: PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' }),
  });
  for (const campaign of campaigns) await store.putCampaign(id, campaign);
  return project;
}
