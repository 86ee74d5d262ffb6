/**
 * A UUIDv7 in 32 hex characters (matches core's EventIdSchema): the millisecond time first, so the collector's unique
 * index takes each new id at its end instead of on a random page; then the version 7, 72 random bits and the variant
 * (its two free bits left 0, which saves the bytes of setting them). From getRandomValues, not randomUUID: a host
 * page served over plain http (no secure context) has no randomUUID, and without ids GrowthKit could send nothing.
 */
export const newId = (): string => {
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(9)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${Date.now().toString(16).padStart(12, '0')}7${hex.slice(0, 3)}8${hex.slice(3)}`;
};
