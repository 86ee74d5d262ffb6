import { randomBytes } from 'node:crypto';

/** 24 random bytes: 192 bits, as many as can never be guessed or enumerated against a rate-limited endpoint. */
const KEY_BYTES = 24;

export interface ProjectKeys {
  publishableKey: string;
  secretKey: string;
}

/** A fresh pair of keys, `pk_` and `sk_` followed by 32 base64url characters from the system's CSPRNG. */
export function newProjectKeys(): ProjectKeys {
  return {
    publishableKey: `pk_${randomBytes(KEY_BYTES).toString('base64url')}`,
    secretKey: `sk_${randomBytes(KEY_BYTES).toString('base64url')}`,
  };
}
