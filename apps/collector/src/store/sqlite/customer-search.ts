import type Database from 'better-sqlite3';
import { SEARCHED_TRAITS, foldedSearchText } from '../customer-search-terms.ts';
import type { CustomerKey, CustomerQuery } from '../store.ts';

const traitMatches = SEARCHED_TRAITS.map((trait) => `instr(lower(json_extract(props, '$.${trait}')), :text) > 0`).join(' OR ');

// Both halves walk the project's events once; the ids' indexes cannot serve a case-folded prefix.
const SEARCH_SQL = `
SELECT kind, id FROM (
  SELECT DISTINCT 'user' AS kind, user_id AS id FROM events
  WHERE project_id = :project AND user_id IS NOT NULL
    AND (substr(lower(user_id), 1, length(:text)) = :text OR (type = 'identify' AND (${traitMatches})))
  UNION
  SELECT DISTINCT 'account', account_id FROM events
  WHERE project_id = :project AND account_id IS NOT NULL
    AND (substr(lower(account_id), 1, length(:text)) = :text OR (type = 'group' AND (${traitMatches})))
)
WHERE :afterId IS NULL OR (id, kind) > (:afterId, :afterKind)
ORDER BY id, kind LIMIT :limit`;

interface Params {
  project: string;
  text: string;
  afterId: string | null;
  afterKind: string | null;
  limit: number;
}

/** Finds users and accounts by id prefix or searched trait (see Store.searchCustomers). */
export function prepareCustomerSearch(db: Database.Database): (projectId: string, query: CustomerQuery) => CustomerKey[] {
  const search = db.prepare<Params, CustomerKey>(SEARCH_SQL);
  return (projectId, { text, limit, after }) =>
    search.all({
      project: projectId,
      text: foldedSearchText(text),
      afterId: after?.id ?? null,
      afterKind: after?.kind ?? null,
      limit,
    });
}
