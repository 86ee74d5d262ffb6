import type { ServerEvent } from './server-event.ts';

/**
 * What `onError` gets: why events were not delivered (the collector rejected them, or their batch was given up) and
 * the events themselves, so the server can keep them or send them again (their ids make a resend safe).
 */
export class DeliveryError extends Error {
  readonly events: readonly ServerEvent[];

  constructor(message: string, events: readonly ServerEvent[]) {
    super(`@growthkit/node: ${message}`);
    this.name = 'DeliveryError';
    this.events = events;
  }
}
