import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import { instantQuery } from '../http/instant-query.ts';
import { pathSegment } from '../http/path-segment.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { userPicture } from '../users/user-picture.ts';
import { readUserRecord } from '../users/user-record.ts';

/**
 * GET /v1/admin/users/:userId (secret key): the user's picture (userPicture) as of `at` (ISO instant; default now);
 * 404 for a user with no stored event.
 */
async function getUser(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const userId = pathSegment(ctx.url.pathname, 3, 'userId');
  const now = instantQuery(ctx.url.searchParams, 'at', new Date());
  const [user, state] = await Promise.all([
    readUserRecord(ctx.store, project, userId, now),
    ctx.store.userState(project.id, `user:${userId}`),
  ]);
  if (user.events.length === 0)
    throw new HttpError(404, { code: 'user_not_found', message: `no event of this project names the user "${userId}"`, field: 'userId' });
  sendJson(ctx.res, 200, userPicture(user, state, project.settings, now));
}

export const adminUsersRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/users/:userId', handler: getUser }];
