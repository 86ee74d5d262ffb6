import { CustomerKindSchema, EVENT_LIMITS, type CustomerSearch } from '@growthkit/core';
import { authenticate } from '../auth/authenticate.ts';
import { customerMatch } from '../customers/customer-matches.ts';
import { HttpError } from '../http/http-error.ts';
import { limitQuery } from '../http/limit-query.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import type { CustomerKey } from '../store/store.ts';

const LIMIT = { min: 1, max: 50, fallback: 20 };
const QUERY_MAX = 100;

const invalid = (field: string, message: string) => new HttpError(400, { code: 'invalid_query', message, field });

/** A page's `next`: the kind and id of its last match, "user:ada" or "account:acme". */
const cursorOf = ({ kind, id }: CustomerKey) => `${kind}:${id}`;

function afterCursor(raw: string | null): CustomerKey | undefined {
  if (raw === null) return undefined;
  const colon = raw.indexOf(':');
  const kind = CustomerKindSchema.safeParse(raw.slice(0, colon));
  const id = raw.slice(colon + 1);
  if (colon < 0 || !kind.success || id === '' || id.length > EVENT_LIMITS.idLength)
    throw invalid('after', "after must be a previous page's next cursor, such as user:ada or account:acme");
  return { kind: kind.data, id };
}

/**
 * GET /v1/admin/customers?query=&limit=&after= (secret key): users and accounts whose id starts with the query or whose
 * name, email or company contains it (Store.searchCustomers), in id order, a page at a time, each with what a person
 * knows it by.
 */
async function searchCustomers(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const query = (ctx.url.searchParams.get('query') ?? '').trim();
  if (query.length > QUERY_MAX) throw invalid('query', `query must be at most ${QUERY_MAX} characters`);
  const limit = limitQuery(ctx.url.searchParams, LIMIT);
  const after = afterCursor(ctx.url.searchParams.get('after'));
  // one match more than asked tells whether another page exists
  const keys = await ctx.store.searchCustomers(project.id, { text: query, limit: limit + 1, after });
  const page = keys.slice(0, limit);
  const answer: CustomerSearch = {
    query,
    results: await Promise.all(page.map((key) => customerMatch(ctx.store, project.id, key))),
    next: keys.length > limit ? cursorOf(page[page.length - 1]!) : null,
  };
  sendJson(ctx.res, 200, answer);
}

export const adminCustomersRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/customers', handler: searchCustomers }];
