/** A figure with the counts it was computed from (docs/API.md, Reports). */
interface Rate {
  rate: number | null;
}

/** The answer of `GET /v1/admin/reports/churn` (docs/API.md). */
export interface ChurnAnswer {
  from: string;
  to: string;
  reasons: { reason: string | null; count: number; share: number | null }[];
  saveRate: number | null;
  offers: { offer: string; shown: number; saved: number; rate: number | null }[];
  counts: { saved: number; cancelled: number; dismissed: number; proceed: number };
}

/** One interval of `GET /v1/admin/reports/metrics` (docs/API.md). */
export interface MetricsInterval {
  start: string;
  end: string;
  days: number;
  retention: { cohort: number } & Record<'d1' | 'd7' | 'd30', Rate & { active: number; measured: number }>;
  churn: { activeAtStart: number } & Record<'voluntary' | 'involuntary' | 'total', Rate & { cancelled: number }>;
  arpu: { value: number | null; mrr: number; paying: number };
  ltv: { value: number | null; arpu: number | null; churnRate: number | null };
  expansionConversion: Rate & { upgraded: number; shown: number };
  expansionRevenueShare: { share: number | null; upgradeMrr: number; mrr: number };
  upgradesPerAccountYear: { value: number | null; upgrades: number; upgradedAccounts: number; paying: number; days: number };
}

export interface MetricsAnswer {
  from: string;
  to: string;
  interval: 'month';
  intervals: MetricsInterval[];
}

/** The answer of `GET /v1/admin/reports/campaign-funnel` (docs/API.md). */
export interface FunnelAnswer {
  campaign: string;
  from: string;
  to: string;
  goal: string | null;
  steps: { step: string; event: string; people: number; fromPrevious: number | null }[];
}
