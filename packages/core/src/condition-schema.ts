import { z } from 'zod';

/** A targeting condition in GrowthBook's MongoDB-like syntax, e.g. `{ "plan": { "$in": ["trial", "basic"] } }`. */
export const ConditionSchema = z.record(z.string(), z.unknown());

export type Condition = z.infer<typeof ConditionSchema>;
