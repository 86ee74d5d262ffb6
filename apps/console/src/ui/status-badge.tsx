import { h } from 'preact';
import type { CampaignStanding } from '@growthkit/core';

const LABELS: Record<CampaignStanding, string> = { live: 'Live', paused: 'Paused', draft: 'Draft', archived: 'Archived' };

/** A campaign's status as a badge: a word, never colour alone. */
export function StatusBadge({ status }: { status: CampaignStanding }) {
  return <span class={`badge badge-${status}`}>{LABELS[status]}</span>;
}
