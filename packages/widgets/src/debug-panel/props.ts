import type { Decision } from '@growthkit/core';

/**
 * One campaign's latest decision, with the campaign's name when it has one, and for a campaign with an experiment the
 * user's variant (absent until the user is assigned, on first eligibility).
 */
export type DebugPanelRow = Omit<Decision, 'reason'> & {
  /** decide's reason, with its words */
  reason: Decision['reason'] & { message: string };
  name?: string;
  experiment?: { key: string; variant?: string; holdout: boolean };
};

export interface DebugPanelProps {
  /** every campaign, in the order decide ranked them; replaced on every re-decision */
  rows: DebugPanelRow[];
  /** when the rows were decided (ISO) */
  decidedAt: string;
}
