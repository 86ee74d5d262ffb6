import type { UsageMeters } from '@growthkit/core';

const DAY = 86_400_000;
const date = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** A kind of customer to preview a campaign for: traits as the app identifies them, its meters and how often it did things. */
export interface PreviewPersona {
  label: string;
  traits: Record<string, unknown>;
  usage: UsageMeters;
  /** events in the last 30 days, by name */
  events: Record<string, number>;
}

/** The demo's five kinds of customer (Acme Docs' persona switcher), each at a point where its widgets have something to show. */
export const PREVIEW_PERSONAS = {
  trial: {
    label: 'Trial — Tess, day 3',
    traits: { first_name: 'Tess', plan: 'trial', role: 'marketer', signed_up_at: date(-3), trial_ends_at: date(11) },
    usage: { storage_gb: { used: 4.1, limit: 5 } },
    events: { doc_created: 2, teammate_invited: 1, file_uploaded: 3, customer_connected: 12 },
  },
  basic: {
    label: 'Basic — Ben, 40 days in',
    traits: { first_name: 'Ben', plan: 'basic', role: 'engineer', signed_up_at: date(-40), renews_at: date(120) },
    usage: { storage_gb: { used: 4.6, limit: 5 } },
    events: { doc_created: 14, teammate_invited: 2, file_uploaded: 9, report_generated: 6, customer_connected: 27 },
  },
  growth: {
    label: 'Growth — Gia, manager',
    traits: { first_name: 'Gia', plan: 'growth', role: 'manager', signed_up_at: date(-150), renews_at: date(60) },
    usage: { storage_gb: { used: 40, limit: 100 } },
    events: { doc_created: 31, teammate_invited: 5, file_uploaded: 22, report_generated: 18, customer_connected: 50 },
  },
  'high-value': {
    label: 'High value — Hal, admin',
    traits: { first_name: 'Hal', plan: 'business', role: 'admin', signed_up_at: date(-400), renews_at: date(200) },
    usage: { storage_gb: { used: 310, limit: 1000 } },
    events: { doc_created: 64, teammate_invited: 11, file_uploaded: 48, report_generated: 40, customer_connected: 50 },
  },
  'at-risk': {
    label: 'At risk — Ari, renews in 12 days',
    traits: { first_name: 'Ari', plan: 'basic', role: 'engineer', signed_up_at: date(-330), renews_at: date(12), nps: 4 },
    usage: { storage_gb: { used: 1.2, limit: 5 } },
    events: { doc_created: 1, report_generated: 1, customer_connected: 4 },
  },
} satisfies Record<string, PreviewPersona>;

export type PreviewPersonaKey = keyof typeof PREVIEW_PERSONAS;
