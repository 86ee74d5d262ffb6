import type { buildContext } from '@growthkit/core';
import type { decideOnDevice } from './decide-on-device.ts';

/** What the targeting chunk gives the runtime. */
export interface TargetingModule {
  decideOnDevice: typeof decideOnDevice;
  /** the evaluation context audiences see, for widgets that target inside a campaign (upsell offers, quota meters) */
  buildContext: typeof buildContext;
}

/**
 * Fetches core's targeting (buildContext, decide and their reasons) as its own chunk, `widgets/targeting.js`. Byte
 * budget: inlined it would take the runtime to its 14 KB gzip limit; loaded at init, in parallel with the config,
 * it costs no wait before the first widget.
 */
export type LoadTargeting = () => Promise<TargetingModule>;
