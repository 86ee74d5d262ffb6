import { authenticate } from '../auth/authenticate.ts';
import { userEligibility } from '../eligibility/user-eligibility.ts';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

const PATH = /^\/v1\/admin\/users\/([^/]+)\/eligibility$/;

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
  const match = PATH.exec(ctx.url.pathname);
  if (!match) throw new HttpError(404, { code: 'not_found', message: `no endpoint at ${ctx.url.pathname}` });
  let userId: string;
  try {
    userId = decodeURIComponent(match[1]);
  } catch {
    throw invalid('userId', 'the user id in the path is not valid percent-encoding');
  }
  const query = ctx.url.searchParams;
  const at = query.get('at');
  const now = at === null ? new Date() : new Date(at);
  if (Number.isNaN(now.getTime())) throw invalid('at', 'at must be an ISO 8601 instant, e.g. 2026-11-22T09:30:00Z');
  const timeZone = query.get('timeZone') ?? undefined;
  if (timeZone !== undefined && !isTimeZone(timeZone)) throw invalid('timeZone', 'timeZone must be an IANA zone, e.g. Asia/Shanghai');
  const path = query.get('path');
  if (path !== null && !path.startsWith('/')) throw invalid('path', 'path must start with "/", e.g. /reports');
  const slots = query.get('slots');

  const [events, state, campaigns] = await Promise.all([
    ctx.store.userEvents(project.id, userId),
    ctx.store.userState(project.id, `user:${userId}`),
    ctx.store.liveCampaigns(project.id),
  ]);
  const eligibility = userEligibility({
    events,
    state,
    campaigns,
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

export const adminEligibilityRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/users/*', handler: getEligibility }];
