import { z } from 'zod';
import { TextSchema } from '../text.ts';
import { OfferActionSchema } from './upsell.ts';

/**
 * What a save offer gives, the playbook's retention levers: money (`discount`), time (`extra_time`, `pause`), terms
 * (`flexible_billing`), a smaller plan (`downgrade`), or attention (`roadmap`, `feedback`, `help`, `whats_new`).
 */
export const SAVE_OFFER_KINDS = [
  'discount',
  'extra_time',
  'flexible_billing',
  'downgrade',
  'pause',
  'roadmap',
  'feedback',
  'help',
  'whats_new',
] as const;

export const SaveOfferKindSchema = z.enum(SAVE_OFFER_KINDS);

/** One offer of the renewal prompt or the cancel flow; accepting it runs `accept` (a URL or the host's `cta` callback). */
export const SaveOfferSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"'),
  kind: SaveOfferKindSchema,
  title: TextSchema,
  /** what the user gets, in numbers where there are any: "30% off your next 3 months" */
  body: TextSchema,
  accept: OfferActionSchema,
});

export type SaveOfferKind = z.infer<typeof SaveOfferKindSchema>;
export type SaveOffer = z.infer<typeof SaveOfferSchema>;
