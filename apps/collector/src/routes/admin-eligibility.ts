import { authenticate } from '../auth/authenticate.ts';
import { userEligibility } from '../eligibility/user-eligibility.ts';
import { HttpError } from '../http/http-error.ts';
import { instantQuery } from '../http/instant-query.ts';
import { pathSegment } from '../http/path-segment.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { readUserRecord } from '../users/user-record.ts';

const invalid = (field: string, message: string) => new HttpError(400, { code: 'invalid_query', message, field });

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * GET /v1/admin/users/:userId/eligibility (secret key): every live campaign's verdict and reason for the user, as the
 * SDK would decide it, from their stored events and state. Query, all optional: `at` (ISO instant; default now),
 * `path` and `url` (default: the page of their latest event), `timeZone` (when they have no `timezone` trait;
 * default UTC), `session`, `locale`, `slots` (comma-separated; default every slot).
 */
async function getEligibility(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const userId = pathSegment(ctx.url.pathname, 3, 'userId');
  const query = ctx.url.searchParams;
  const now = instantQuery(query, 'at', new Date());
  const timeZone = query.get('timeZone') ?? undefined;
  if (timeZone !== undefined && !isTimeZone(timeZone)) throw invalid('timeZone', 'timeZone must be an IANA zone, e.g. Asia/Shanghai');
  const path = query.get('path');
  if (path !== null && !path.startsWith('/')) throw invalid('path', 'path must start with "/", e.g. /reports');
  const slots = query.get('slots');

  const [user, state] = await Promise.all([
    readUserRecord(ctx.store, project, userId, now),
    ctx.store.userState(project.id, `user:${userId}`),
  ]);
  const eligibility = userEligibility({
    history: user.history,
    valueScore: user.value?.value_score,
    state,
    campaigns: user.campaigns,
    settings: project.settings,
    now,
    page: path === null ? undefined : { path, url: query.get('url') ?? undefined },
    timeZone,
    session: query.get('session') ?? undefined,
    locale: query.get('locale') ?? undefined,
    slots: slots === null ? undefined : slots.split(',').filter(Boolean),
  });
  sendJson(ctx.res, 200, { userId, at: now.toISOString(), ...eligibility });
}

export const adminEligibilityRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/users/:userId/eligibility', handler: getEligibility }];
