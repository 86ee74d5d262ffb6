import { z } from 'zod';
import { CANCEL_REASONS } from '../cancel-flow/cancel-outcome.ts';
import { SaveOfferSchema } from './save-offer.ts';

export const CancelReasonSchema = z.enum(CANCEL_REASONS);

/**
 * The cancel flow (SPEC §5), started by the host's `cancelFlow()`: the reason → the save offer matched to it → the
 * confirmation. `offers` is its catalogue; `match` says which offers answer which reason, best first, by offer id. A
 * reason it does not list gets the playbook's default (matchSaveOffer, DEFAULT_SAVE_OFFERS).
 */
export const CancelFlowWidgetSchema = z
  .object({
    type: z.literal('cancel-flow'),
    offers: z
      .array(SaveOfferSchema)
      .max(20)
      .refine((offers) => new Set(offers.map((o) => o.id)).size === offers.length, { message: 'offer ids must be unique' }),
    match: z.partialRecord(CancelReasonSchema, z.array(z.string()).max(20)).default({}),
  })
  .superRefine(({ offers, match }, context) => {
    for (const [reason, ids] of Object.entries(match)) {
      for (const id of ids ?? []) {
        if (!offers.some((offer) => offer.id === id))
          context.addIssue({ code: 'custom', path: ['match', reason], message: `no offer "${id}" in offers` });
      }
    }
  });

export type CancelFlowWidget = z.infer<typeof CancelFlowWidgetSchema>;
