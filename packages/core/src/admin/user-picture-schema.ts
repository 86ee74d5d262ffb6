import { z } from 'zod';
import { EventSchema } from '../event.ts';
import { CampaignStateSchema, ContactSchema, ExperimentAssignmentSchema, UserStateSchema } from '../state.ts';

const at = z.iso.datetime({ offset: true });

/** Traits as `identify` or `group` set them: any JSON value by name. */
export const TraitsSchema = z.record(z.string(), z.unknown());

/** core's computeTraits as an admin answer carries it (undefined days are left out of the JSON). */
export const ComputedTraitsSchema = z.object({
  days_since_signup: z.number().optional(),
  days_to_renewal: z.number().optional(),
  tier: z.enum(['trial', 'basic', 'growth', 'high-value']),
  value_score: z.number().nullable(),
  risk: z.enum(['low', 'medium', 'high']),
  riskSignals: z.array(z.enum(['usage_drop', 'narrowed_use', 'negative_feedback', 'silent', 'low_value'])),
});

/** An account's value scorecard (computeValueScore) with when the collector computed it. */
export const AccountValueSchema = UserStateSchema.shape.value.unwrap();

/** One event counter as conditions see it (core's summarizeCounter). */
const CounterSummarySchema = z.object({
  total: z.int(),
  last7: z.int(),
  last14: z.int(),
  last30: z.int(),
  first: at.optional(),
  last: at.optional(),
});

/** A usage meter as conditions see it (core's usageReading): `ratio` only when there is a limit. */
const UsageReadingSchema = z.object({ used: z.number(), limit: z.number(), ratio: z.number().optional() });

/** An event as the collector keeps it: the wire event without its identity hash, plus when it arrived. */
export const StoredEventSchema = EventSchema.omit({ hash: true }).extend({ receivedAt: at });

/** The answer of `GET /v1/admin/users/:userId` (docs/API.md): one user's picture for support and success teams. */
export const UserPictureSchema = z.object({
  userId: z.string(),
  at,
  traits: TraitsSchema,
  /** the account of the user's latest `group`, its traits with its id as `id`; `{}` without one */
  account: TraitsSchema,
  computed: ComputedTraitsSchema,
  value: AccountValueSchema.nullable(),
  counters: z.record(z.string(), CounterSummarySchema),
  usage: z.record(z.string(), UsageReadingSchema),
  experiments: z.record(z.string(), ExperimentAssignmentSchema),
  widgets: z.object({ campaigns: z.record(z.string(), CampaignStateSchema), contacts: z.array(ContactSchema) }),
  /** the latest events, newest first */
  lastEvents: z.array(StoredEventSchema),
  eventCount: z.int().min(0),
});

export type UserPicture = z.infer<typeof UserPictureSchema>;
export type StoredEventAnswer = z.infer<typeof StoredEventSchema>;
