import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import { instantQuery } from '../http/instant-query.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { reportRatio } from '../reports/report-ratio.ts';

/**
 * GET /v1/admin/reports/funnel?campaignId=&from=&to=[&goal=] (secret key): one campaign's funnel, exposure → shown →
 * click → goal, people per step with the conversion from the step before.
 */
async function getFunnel(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const query = ctx.url.searchParams;
  const campaignId = query.get('campaignId');
  if (!campaignId) throw new HttpError(400, { code: 'invalid_query', message: 'campaignId is required', field: 'campaignId' });
  const record = await ctx.store.campaignRecord(project.id, campaignId);
  if (!record)
    throw new HttpError(404, { code: 'campaign_not_found', message: `no campaign "${campaignId}" in this project`, field: 'campaignId' });
  const from = instantQuery(query, 'from', new Date(0));
  const to = instantQuery(query, 'to', new Date());
  if (from >= to) throw new HttpError(400, { code: 'invalid_query', message: 'to must be later than from', field: 'to' });
  const { experiment } = record.campaign;
  const goal = query.get('goal') || experiment?.goal.event;
  const exposureStep = experiment !== undefined;
  const counts = await ctx.store.campaignFunnel(project.id, { campaignId, goal, exposureStep, from, to });
  const named = [
    ...(exposureStep ? [{ step: 'exposure', event: 'gk.exposure', people: counts.exposed }] : []),
    { step: 'shown', event: 'gk.shown', people: counts.shown },
    { step: 'click', event: 'gk.click', people: counts.clicked },
    ...(goal ? [{ step: 'goal', event: goal, people: counts.converted }] : []),
  ];
  sendJson(ctx.res, 200, {
    campaignId,
    from: from.toISOString(),
    to: to.toISOString(),
    goal: goal ?? null,
    steps: named.map((step, i) => ({ ...step, rate: i === 0 ? null : reportRatio(step.people, named[i - 1]!.people) })),
  });
}

export const adminFunnelRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/reports/funnel', handler: getFunnel }];
