import { hash } from './hash.ts';

/**
 * Whether a user falls in a namespace's slice [start, end), so mutually exclusive experiments can share users.
 * GrowthBook hashes the user with seed `__<namespace id>` and hash version 1.
 */
export function inNamespace(hashValue: string, namespace: [id: string, start: number, end: number]): boolean {
  const n = hash(`__${namespace[0]}`, hashValue, 1)!;
  return n >= namespace[1] && n < namespace[2];
}
