import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerBeforeClosing } from './http/answer-before-closing.ts';
import { HttpError } from './http/http-error.ts';
import type { RequestContext } from './http/request-context.ts';
import { errorFields, logLine, type RequestWhere } from './http/log-line.ts';
import { requestIdOf } from './http/request-id.ts';
import { sendError } from './http/respond.ts';
import { createRouter } from './http/router.ts';
import { urlTextCheck } from './http/url-text-check.ts';
import { adminAccountsRoutes } from './routes/admin-accounts.ts';
import { adminCampaignsRoutes } from './routes/admin-campaigns.ts';
import { adminCustomersRoutes } from './routes/admin-customers.ts';
import { adminEligibilityRoutes } from './routes/admin-eligibility.ts';
import { adminEventNamesRoutes } from './routes/admin-event-names.ts';
import { adminEventsRoutes } from './routes/admin-events.ts';
import { adminExperimentsRoutes } from './routes/admin-experiments.ts';
import { adminReportsRoutes } from './routes/admin-reports.ts';
import { adminUsersRoutes } from './routes/admin-users.ts';
import { consoleFilesRoutes } from './routes/console-files.ts';
import { configRoutes } from './routes/config.ts';
import { corsPreflightRoutes } from './routes/cors-preflight.ts';
import { eventsRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { sdkFilesRoutes } from './routes/sdk-files.ts';
import { stateRoutes } from './routes/state.ts';
import { isStorageFailure } from './store/storage-failure.ts';
import type { StorageHealth } from './store/storage-health.ts';

/** Seconds a client waits before it resends what the database could not take (the SDK honours Retry-After). */
const STORAGE_RETRY_AFTER_S = 5;

const route = createRouter([
  ...eventsRoutes,
  ...configRoutes,
  ...stateRoutes,
  ...adminEventsRoutes,
  ...adminEventNamesRoutes,
  ...adminExperimentsRoutes,
  ...adminEligibilityRoutes,
  ...adminUsersRoutes,
  ...adminCustomersRoutes,
  ...adminAccountsRoutes,
  ...adminReportsRoutes,
  ...adminCampaignsRoutes,
  ...corsPreflightRoutes,
  ...sdkFilesRoutes,
  ...consoleFilesRoutes,
  ...healthRoutes,
]);

function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown, where: RequestWhere, storage: StorageHealth): void {
  // The client hung up (e.g. mid-upload): there is nobody to answer and nothing went wrong here.
  if (res.destroyed) return;
  if (res.headersSent) {
    // Part of an answer is already out; the only honest end is to cut the connection.
    res.destroy();
    return;
  }
  if (error instanceof HttpError) {
    // A body refused before it was all read: the client must be able to read the answer before the connection closes.
    if (error.headers.connection === 'close' && !req.complete) answerBeforeClosing(req, res, error.status, error.body, error.headers);
    else sendError(res, error.status, error.body, error.headers);
    return;
  }
  if (isStorageFailure(error)) {
    storage.failed(error, where);
    sendError(
      res,
      503,
      {
        code: 'storage_unavailable',
        message: 'the database cannot take this request now; send it again later',
        requestId: where.requestId,
      },
      { 'retry-after': String(STORAGE_RETRY_AFTER_S) },
    );
    return;
  }
  logLine('error', 'unexpected_error', { ...where, ...errorFields(error) });
  sendError(res, 500, {
    code: 'internal',
    message: `the collector failed on this request; it is logged under request id ${where.requestId} and the collector keeps serving`,
    requestId: where.requestId,
  });
}

/** The node:http request listener. Nothing a request does can take the server down: every failure is answered. */
export function createRequestHandler(deps: Omit<RequestContext, 'req' | 'res' | 'url' | 'where'>) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const where: RequestWhere = { requestId: requestIdOf(req), method: req.method ?? 'GET', path: (req.url ?? '/').split('?')[0]! };
    res.setHeader('x-request-id', where.requestId);
    const run = async () => {
      // node:http would answer this itself with an empty 400 (requireHostHeader is off for that reason).
      if (req.headers.host === undefined && req.httpVersion === '1.1') {
        throw new HttpError(400, { code: 'malformed_request', message: 'an HTTP/1.1 request must carry a Host header', field: 'host' });
      }
      // Prefixing (not resolving against a base) keeps a target like "//host/x" a path instead of a host.
      const url = new URL(`http://collector.invalid${req.url ?? '/'}`);
      urlTextCheck(url);
      await route(req.method ?? 'GET', url.pathname)({ req, res, url, where, ...deps });
    };
    run().catch((error: unknown) => answerFailure(req, res, error, where, deps.storage));
  };
}
