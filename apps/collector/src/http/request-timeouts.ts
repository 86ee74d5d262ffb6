/**
 * A request's headers and body must have arrived within this (node's default is 5 minutes, which lets stalled uploads
 * hold their buffers that long). 30 s carries a 1 MB body at 270 kbit/s; the SDK's batches are far smaller.
 */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The request line and headers must have arrived within this. */
export const HEADERS_TIMEOUT_MS = 10_000;
