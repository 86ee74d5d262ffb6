// Writes packages/core/schema/campaign.schema.json from core's zod schema: `pnpm schema`. A test keeps the committed file current.
import { writeFileSync } from 'node:fs';
import { campaignJsonSchema } from '../packages/core/src/index.ts';

writeFileSync(
  new URL('../packages/core/schema/campaign.schema.json', import.meta.url),
  `${JSON.stringify(campaignJsonSchema(), null, 2)}\n`,
);
