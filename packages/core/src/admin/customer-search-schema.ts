import { z } from 'zod';

/** What a customer search finds: a user (by user id) or an account (by account id). */
export const CustomerKindSchema = z.enum(['user', 'account']);

/** One match of a customer search, with the traits a person recognises it by (null when not set or not text). */
export const CustomerMatchSchema = z.object({
  kind: CustomerKindSchema,
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  company: z.string().nullable(),
  /** a user's account (their latest `group`); null for an account or a user without one */
  accountId: z.string().nullable(),
});

/** The answer of `GET /v1/admin/customers?query=&limit=&after=` (docs/API.md). */
export const CustomerSearchSchema = z.object({
  query: z.string(),
  results: z.array(CustomerMatchSchema),
  /** pass as `after` for the next page; null when this page reached the end */
  next: z.string().nullable(),
});

export type CustomerKind = z.infer<typeof CustomerKindSchema>;
export type CustomerMatch = z.infer<typeof CustomerMatchSchema>;
export type CustomerSearch = z.infer<typeof CustomerSearchSchema>;
