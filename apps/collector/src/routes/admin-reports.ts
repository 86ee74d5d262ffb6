import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import { instantQuery } from '../http/instant-query.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { churnReport } from '../reports/churn-report.ts';
import { intervalMetrics, monthlyIntervals } from '../reports/metrics-report.ts';
import type { ReportRange } from '../store/store.ts';

/** at most this many intervals in one metrics report (three years of months) */
const MAX_INTERVALS = 36;

const invalid = (field: string, message: string) => new HttpError(400, { code: 'invalid_query', message, field });

/** `from` and `to` of a report's query; `to` defaults to now, `from` to `fromDefault` (required when undefined). */
function reportRange(query: URLSearchParams, fromDefault?: Date): ReportRange {
  if (fromDefault === undefined && query.get('from') === null)
    throw invalid('from', 'from is required: an ISO 8601 instant, e.g. 2026-01-01T00:00:00Z');
  const from = instantQuery(query, 'from', fromDefault ?? new Date(0));
  const to = instantQuery(query, 'to', new Date());
  if (from >= to) throw invalid('to', 'to must be later than from');
  return { from, to };
}

/** GET /v1/admin/reports/churn?from=&to= (secret key): churn reasons, save rate and offers (churnReport). */
async function getChurn(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const range = reportRange(ctx.url.searchParams, new Date(0));
  sendJson(ctx.res, 200, churnReport(await ctx.store.churnTally(project.id, range), range));
}

/** GET /v1/admin/reports/metrics?from=&to=&interval=month (secret key): the subscription metrics per interval (intervalMetrics). */
async function getMetrics(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const query = ctx.url.searchParams;
  const range = reportRange(query);
  const interval = query.get('interval') ?? 'month';
  if (interval !== 'month') throw invalid('interval', 'interval must be "month"');
  const intervals = monthlyIntervals(range.from, range.to);
  if (intervals.length > MAX_INTERVALS) throw invalid('to', `a report spans at most ${MAX_INTERVALS} months; ask for a shorter range`);
  const tallies = await ctx.store.metricsTally(project.id, intervals, range.to);
  sendJson(ctx.res, 200, {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    interval,
    intervals: intervals.map((bounds, index) => intervalMetrics(bounds, tallies[index]!)),
  });
}

export const adminReportsRoutes: Route[] = [
  { method: 'GET', path: '/v1/admin/reports/churn', handler: getChurn },
  { method: 'GET', path: '/v1/admin/reports/metrics', handler: getMetrics },
];
