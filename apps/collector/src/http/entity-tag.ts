import { createHash } from 'node:crypto';

/** A strong validator for a file's bytes: the same bytes give the same tag on every collector, whatever their clocks. */
export function entityTag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether `If-None-Match` names `tag` (RFC 9110 §13.1.2: a list, `*`, and weak tags compared weakly), so the answer
 * is 304 with no body.
 */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === tag);
}
