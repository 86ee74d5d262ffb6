/**
 * Turns a version into a string whose plain string order is semver order, as GrowthBook does for `$veq`…`$vlte`:
 * a leading `v` and `+build` are dropped, numeric parts are left-padded, and a release without a pre-release tag
 * gets `~` (the highest printable ASCII) so `1.0.0` sorts after `1.0.0-beta`.
 */
export function paddedVersion(input: unknown): string {
  const text = typeof input == 'number' ? input + '' : input && typeof input == 'string' ? input : '0';
  const parts = text.replace(/^v|\+.*$/g, '').split(/[-.]/);
  if (parts.length == 3) parts.push('~');
  return parts.map((part) => (/^\d+$/.test(part) ? part.padStart(5) : part)).join('-');
}
