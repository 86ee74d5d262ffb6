import { createHmac } from 'node:crypto';
import { expect, test } from 'vitest';
import { identityHash } from '../src/index.ts';

test('identityHash is hex HMAC-SHA256 of the user id keyed with the secret (RFC 4231 test case 2)', () => {
  expect(identityHash('what do ya want for nothing?', 'Jefe')).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
});

test('identityHash is lowercase hex of 64 digits and differs by user and by secret', () => {
  const hash = identityHash('user_42', 'sk_demo');
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(hash).toBe(createHmac('sha256', 'sk_demo').update('user_42').digest('hex'));
  expect(identityHash('user_43', 'sk_demo')).not.toBe(hash);
  expect(identityHash('user_42', 'sk_other')).not.toBe(hash);
});
