import { HttpError } from './http-error.ts';

const refused = (field: string) =>
  new HttpError(400, { code: 'invalid_text', message: `${field} must not contain U+0000 (%00): no key, id or name holds it`, field });

/**
 * Refuses a request whose path or query holds U+0000 (`%00`). PostgreSQL fails any query given such text, where
 * SQLite would answer: refused here, both engines answer alike, naming the query parameter or `path`.
 */
export function urlTextCheck(url: URL): void {
  if (url.pathname.includes('%00')) throw refused('path');
  for (const [name, value] of url.searchParams) {
    if (name.includes('\u0000')) throw refused('query');
    if (value.includes('\u0000')) throw refused(name);
  }
}
