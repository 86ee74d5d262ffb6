/**
 * The user's IANA zone for quiet hours and day counts: their `timezone` trait when they have one, else the zone the
 * caller knows (the browser's on the device, the admin's or UTC on the collector). One rule, so both sides agree.
 */
export function userTimeZone(traits: Record<string, unknown>, fallback: string): string {
  return typeof traits.timezone === 'string' && traits.timezone ? traits.timezone : fallback;
}
