import type { Decision } from '@growthkit/core';
import type { Signal } from '@preact/signals';

/** One campaign's latest decision, with the campaign's name when it has one. */
export type DebugPanelRow = Decision & { name?: string };

export interface DebugPanelProps {
  /** every campaign, in the order decide ranked them; replaced on every re-decision */
  rows: Signal<DebugPanelRow[]>;
  /** when the rows were decided (ISO) */
  decidedAt: Signal<string>;
}
