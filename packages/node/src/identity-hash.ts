import { createHmac } from 'node:crypto';

/**
 * The hash a host server gives its page so the page may act as `userId` (`identify(userId, traits, { hash })`, SPEC §3):
 * hex HMAC-SHA256 of the id with the project's secret key. The collector checks a page's hash with this same function.
 */
export function identityHash(userId: string, secretKey: string): string {
  return createHmac('sha256', secretKey).update(userId).digest('hex');
}
