/**
 * A random id that matches core's EventIdSchema (32 hex characters). From getRandomValues, not randomUUID: a host page
 * served over plain http (no secure context) has no randomUUID, and without ids GrowthKit could send nothing there.
 */
export const newId = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
