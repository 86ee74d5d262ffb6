import { z } from 'zod';
import { AccountValueSchema, ComputedTraitsSchema, TraitsSchema } from './user-picture-schema.ts';

const at = z.iso.datetime({ offset: true });

/** One user of an account as its picture lists them: their traits, what core computes of them, when they were last seen. */
export const AccountUserSchema = z.object({
  userId: z.string(),
  traits: TraitsSchema,
  computed: ComputedTraitsSchema,
  /** the time of their latest stored event */
  lastSeen: at,
  eventCount: z.int().min(0),
});

/** The answer of `GET /v1/admin/accounts/:accountId` (docs/API.md): one account's picture before a renewal call. */
export const AccountPictureSchema = z.object({
  accountId: z.string(),
  at,
  /** the account's traits, merged from its `group` events in time order */
  traits: TraitsSchema,
  tier: ComputedTraitsSchema.shape.tier,
  renewal: z.object({
    /** the `renews_at` trait as an ISO instant; null when the account has none */
    renewsAt: at.nullable(),
    /** days until then, rounded up (core's computeTraits); negative once past; null without a date */
    daysToRenewal: z.number().nullable(),
  }),
  /** the value scorecard the account's users get with their state (null when the project cannot measure it) */
  value: AccountValueSchema.nullable(),
  seats: z.object({
    /** the `seats` trait: seats paid for; null without one */
    paid: z.number().nullable(),
    /** the account's users, all of them (`users` lists at most 200) */
    users: z.int().min(0),
  }),
  /** users at each risk level */
  risk: z.object({ low: z.int().min(0), medium: z.int().min(0), high: z.int().min(0) }),
  /** the account's users, riskiest first, then by id */
  users: z.array(AccountUserSchema),
});

export type AccountPicture = z.infer<typeof AccountPictureSchema>;
export type AccountUser = z.infer<typeof AccountUserSchema>;
