import { errorFields, logLine } from '../http/log-line.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

/** A database that takes longer than this to answer counts as unreachable for readiness. */
const READY_TIMEOUT_MS = 2_000;

/** Liveness: the process serves requests (a load balancer restarts it when this fails). */
async function health(ctx: RequestContext): Promise<void> {
  sendJson(ctx.res, 200, { ok: true });
}

/** Readiness: the database answers, so events sent here can be stored (a load balancer sends traffic elsewhere when not). */
async function ready(ctx: RequestContext): Promise<void> {
  if (ctx.storage.failing) {
    sendJson(ctx.res, 503, {
      ok: false,
      code: 'storage_failing',
      message: 'requests to the database have been failing (see the log); ready again once a write succeeds, or after a pause',
    });
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([ctx.store.ping(), timeout]);
    sendJson(ctx.res, 200, { ok: true });
  } catch (error) {
    // The driver's words name the database's address and the reason: for the operator's log, not for whoever can
    // reach the public port.
    const { code, message } = errorFields(error);
    logLine('warn', 'database_unreachable', { ...ctx.where, ...(code !== undefined && { code }), message });
    sendJson(ctx.res, 503, { ok: false, code: 'database_unreachable', message: 'the database does not answer (see the log)' });
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: Route[] = [
  { method: 'GET', path: '/healthz', handler: health },
  { method: 'GET', path: '/readyz', handler: ready },
];
