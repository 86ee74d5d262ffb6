import { z } from 'zod';
import { CONTACT_LOG_MAX } from './arbitration/contact-log.ts';
import { ValueScoreSchema } from './value/value-score-schema.ts';

const at = z.iso.datetime({ offset: true });

export const StepStateSchema = z.object({ status: z.enum(['done', 'skipped']), at });

export const CampaignStateSchema = z.object({
  impressions: z.int().min(0).default(0),
  lastShownAt: at.optional(),
  dismissedAt: at.optional(),
  completedAt: at.optional(),
  collapsed: z.boolean().optional(),
  /** when `collapsed` was last set, so the later device wins */
  collapsedAt: at.optional(),
  steps: z.record(z.string(), StepStateSchema).default({}),
  /** parts of the widget the user dismissed and when, by id: an upsell offer, a quota level ("warn", "limit") */
  dismissals: z.record(z.string(), at).optional(),
});

/** One interruptive prompt shown, the history the contact budget counts. */
export const ContactSchema = z.object({ at, campaignId: z.string().min(1).max(64), session: z.string().min(1).max(128) });

/** The variant a user was given in one experiment, and when: the first assignment wins on every device. */
export const ExperimentAssignmentSchema = z.object({ variant: z.string().min(1).max(64), at });

/** One user's widget state, kept on the device and on the collector (GET/PUT /v1/state). */
export const UserStateSchema = z.object({
  campaigns: z.record(z.string(), CampaignStateSchema).default({}),
  /** interruptive prompts of the last 7 days, oldest first (see recordContact) */
  contacts: z.array(ContactSchema).max(CONTACT_LOG_MAX).optional(),
  /** sticky experiment assignments by experiment key; kept through sign-in so the user keeps their variant */
  experiments: z.record(z.string(), ExperimentAssignmentSchema).optional(),
  /**
   * The value scorecard of the user's account when the collector answered (computeValueScore over every seat's events,
   * which only the collector sees). Computed for each answer, never merged: a PUT's copy is ignored.
   */
  value: ValueScoreSchema.extend({ at }).optional(),
});

export type StepState = z.infer<typeof StepStateSchema>;
export type CampaignState = z.infer<typeof CampaignStateSchema>;
export type Contact = z.infer<typeof ContactSchema>;
export type ExperimentAssignment = z.infer<typeof ExperimentAssignmentSchema>;
export type UserState = z.infer<typeof UserStateSchema>;
