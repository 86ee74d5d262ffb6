import type {
  CampaignState,
  ComputedTraits,
  Contact,
  CounterSummary,
  ExperimentAssignment,
  GrowthEvent,
  UsageMeters,
  UserState,
} from '@growthkit/core';

/** The answer of `GET /v1/admin/users/:userId` (docs/API.md), in core's types. */
export interface UserPictureAnswer {
  userId: string;
  at: string;
  traits: Record<string, unknown>;
  account: ({ id?: string } & Record<string, unknown>) | undefined;
  computed: ComputedTraits;
  value: UserState['value'] | null;
  counters: Record<string, CounterSummary>;
  usage: UsageMeters;
  experiments: Record<string, ExperimentAssignment>;
  widgets: { campaigns: Record<string, CampaignState>; contacts: Contact[] };
  lastEvents: (Omit<GrowthEvent, 'hash'> & { receivedAt: string })[];
  eventCount: number;
}
