import { accountPicture } from '../accounts/account-picture.ts';
import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import { instantQuery } from '../http/instant-query.ts';
import { pathSegment } from '../http/path-segment.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

/**
 * GET /v1/admin/accounts/:accountId (secret key): the account's picture (accountPicture) as of `at` (ISO instant;
 * default now); 404 for an account no stored event names.
 */
async function getAccount(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const accountId = pathSegment(ctx.url.pathname, 3, 'accountId');
  const now = instantQuery(ctx.url.searchParams, 'at', new Date());
  const picture = await accountPicture(ctx.store, project, accountId, now);
  if (!picture)
    throw new HttpError(404, {
      code: 'account_not_found',
      message: `no event of this project names the account "${accountId}"`,
      field: 'accountId',
    });
  sendJson(ctx.res, 200, picture);
}

export const adminAccountsRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/accounts/:accountId', handler: getAccount }];
