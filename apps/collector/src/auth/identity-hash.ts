import { timingSafeEqual } from 'node:crypto';
import { identityHash } from '@growthkit/node';

/** Checked with the function host servers make the hash with (@growthkit/node), so the two cannot drift apart. */
function isIdentityHashValid(userId: string, hash: string, secretKey: string): boolean {
  // Buffer.from(…, 'hex') silently stops at the first non-hex character, so the format is checked first.
  if (!/^[0-9a-fA-F]{64}$/.test(hash)) return false;
  return timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(identityHash(userId, secretKey), 'hex'));
}

export interface IdentityHashProblem {
  code: 'identity_hash_required' | 'identity_hash_invalid';
  message: string;
}

/** What is wrong with the hash a browser sent for `userId` under identity verification; undefined when it proves it. */
export function identityHashProblem(userId: string, hash: string | undefined, secretKey: string): IdentityHashProblem | undefined {
  if (!hash) {
    return {
      code: 'identity_hash_required',
      message: "identity verification is on: hash (hex HMAC-SHA256 of userId with the project's secret key) is required",
    };
  }
  if (!isIdentityHashValid(userId, hash, secretKey)) return { code: 'identity_hash_invalid', message: 'hash does not match userId' };
  return undefined;
}
