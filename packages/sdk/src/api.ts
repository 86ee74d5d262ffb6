import type { CancelFlowResult } from '@growthkit/core';
import type { Theme } from '@growthkit/widgets';

export type Traits = Record<string, unknown>;

/** `init(…)`: what the host passes to start GrowthKit. */
export interface InitOptions {
  /** the project's publishable key, `pk_…` */
  key: string;
  /** the collector's origin, e.g. `https://growth.example.com` */
  endpoint: string;
  /** UI language; defaults to the browser's (`navigator.language`), then English */
  locale?: string;
  debug?: boolean;
  /** base of the stacking order for floating widgets (default 2147483000) */
  zIndex?: number;
  /** colour scheme of the widgets; `auto` follows the user's setting (the default) */
  theme?: Theme;
}

export interface IdentifyOptions {
  /** HMAC-SHA256(userId, project secret), hex; needed when the project verifies identities */
  hash?: string;
}

/** What the host hears back: `growthkit.on('cta', ({ campaignId, step, action }) => …)`. */
export interface HostEvents {
  /** `step` when the action is a checklist step's */
  cta: { campaignId: string; step?: string; offer?: string; action: string };
  shown: { campaignId: string };
  dismissed: { campaignId: string };
  completed: { campaignId: string };
  step_completed: { campaignId: string; step: string };
  /** from the quota prompt: the plan to move to, the meter that ran full, and whether the user chose the free trial */
  upgrade: { campaignId: string; plan?: string; metric?: string; trial?: boolean };
  /** how a cancel flow ended; `campaignId` is absent when no cancel-flow campaign could run (`proceed`) */
  'cancel:outcome': CancelFlowResult & { campaignId?: string };
}

/** `cancelFlow(options)`: which cancel-flow campaign runs; by default the project's first */
export interface CancelFlowOptions {
  campaignId?: string;
}

export type HostEventName = keyof HostEvents;
export type HostHandler<K extends HostEventName> = (payload: HostEvents[K]) => void;

/** The public API, the same on `window.growthkit` and from `createGrowthKit(options)`. */
export interface GrowthKit {
  init(options: InitOptions): void;
  identify(userId: string, traits?: Traits, options?: IdentifyOptions): void;
  group(accountId: string, traits?: Traits): void;
  track(event: string, props?: Record<string, unknown>): void;
  usage(metric: string, used: number, limit: number): void;
  /** a page view; sent by itself on load and on every SPA route change */
  page(): void;
  on<K extends HostEventName>(name: K, handler: HostHandler<K>): void;
  off<K extends HostEventName>(name: K, handler: HostHandler<K>): void;
  /** show a campaign now, whatever its trigger and audience (manual trigger, preview) */
  show(campaignId: string): void;
  /**
   * runs the cancel flow above everything on the page; resolves (and calls `callback`) once with how it ended, or
   * with `proceed` within 3 s when GrowthKit cannot run it, so the host's own cancellation goes ahead
   */
  cancelFlow(options?: CancelFlowOptions, callback?: (result: CancelFlowResult) => void): Promise<CancelFlowResult>;
  /** log out: forget the user and keep nothing of theirs on the device (unsent events still go out) */
  reset(): void;
  /** send every queued event now; resolves when the collector answered (or could not be reached) */
  flush(): Promise<void>;
  /** stop timers, listeners and widgets, restore the History API (tests, hot reload) */
  destroy(): void;
}

export type { CancelFlowResult, Theme };
