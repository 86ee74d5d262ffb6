import { BILLING_EVENTS } from '@growthkit/core';

/**
 * SQL (the same on both engines) that is true for a product event of the events row `alias`: a `track` event that is neither GrowthKit's own
 * (`gk.*`) nor a billing fact from the host's server, i.e. something a person did in the product (SPEC §9 "active").
 */
export const productEventSql = (alias: string) =>
  `(${alias}.type = 'track' AND substr(${alias}.name, 1, 3) <> 'gk.' AND ${alias}.name NOT IN (${BILLING_EVENTS.map((name) => `'${name}'`).join(', ')}))`;
