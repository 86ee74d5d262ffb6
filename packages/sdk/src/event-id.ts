/**
 * A time-ordered id that matches core's EventIdSchema: 12 hex digits of the millisecond time, then 80 random bits
 * (32 hex characters in all, as a UUID without dashes). The time first lets the collector's unique index take each new
 * id at its end instead of on a random page. Not a UUIDv7 (no version or variant bits): the first script's byte budget
 * had no room for them, and nothing reads them. From getRandomValues, not randomUUID: a host page served over plain
 * http (no secure context) has no randomUUID, and without ids GrowthKit could send nothing.
 */
export const newId = (): string =>
  Date.now().toString(16).padStart(12, '0') +
  Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => byte.toString(16).padStart(2, '0')).join('');
