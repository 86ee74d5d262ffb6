/** A version as GrowthBook reads it: a number's digits, a non-empty string as it is, anything else `"0"`. */
function versionText(input: unknown): string {
  if (typeof input === 'number') return String(input);
  if (typeof input === 'string' && input) return input;
  return '0';
}

/**
 * Turns a version into a string whose plain string order is semver order, as GrowthBook does for `$veq`…`$vlte`:
 * a leading `v` and `+build` are dropped, numeric parts are left-padded, and a release without a pre-release tag
 * gets `~` (the highest printable ASCII) so `1.0.0` sorts after `1.0.0-beta`.
 */
export function paddedVersion(input: unknown): string {
  const parts = versionText(input)
    .replace(/^v|\+.*$/g, '')
    .split(/[-.]/);
  if (parts.length === 3) parts.push('~');
  return parts.map((part) => (/^\d+$/.test(part) ? part.padStart(5) : part)).join('-');
}
