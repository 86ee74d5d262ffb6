export { DeliveryError } from './delivery-error.ts';
export { identityHash } from './identity-hash.ts';
export { ServerEvents, type ServerEventsOptions, type TrackOptions } from './server-events.ts';
export type { IngestResult, ServerEvent } from './server-event.ts';
