import type { Pool } from 'pg';
import { SEARCHED_TRAITS, foldedSearchText } from '../customer-search-terms.ts';
import type { CustomerKey, CustomerQuery } from '../store.ts';

// As ../sqlite/customer-search.ts. lower() under the "C" collation lowers A–Z only, as SQLite's does; ids are "C" already.
const traitMatches = SEARCHED_TRAITS.map((trait) => `strpos(lower((props::jsonb ->> '${trait}') COLLATE "C"), $2) > 0`).join(' OR ');

const SEARCH_SQL = `
SELECT kind, id FROM (
  SELECT DISTINCT 'user' COLLATE "C" AS kind, user_id AS id FROM events
  WHERE project_id = $1 AND user_id IS NOT NULL
    AND (starts_with(lower(user_id), $2) OR (type = 'identify' AND (${traitMatches})))
  UNION
  SELECT DISTINCT 'account' COLLATE "C", account_id FROM events
  WHERE project_id = $1 AND account_id IS NOT NULL
    AND (starts_with(lower(account_id), $2) OR (type = 'group' AND (${traitMatches})))
) matches
WHERE $3::text IS NULL OR (id, kind) > ($3::text COLLATE "C", $4::text COLLATE "C")
ORDER BY id, kind LIMIT $5`;

/** Finds users and accounts by id prefix or searched trait (see Store.searchCustomers). */
export async function searchCustomers(pool: Pool, projectId: string, { text, limit, after }: CustomerQuery): Promise<CustomerKey[]> {
  const { rows } = await pool.query<CustomerKey>(SEARCH_SQL, [
    projectId,
    foldedSearchText(text),
    after?.id ?? null,
    after?.kind ?? null,
    limit,
  ]);
  return rows;
}
