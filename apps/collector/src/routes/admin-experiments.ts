import { authenticate } from '../auth/authenticate.ts';
import { experimentSeries } from '../experiments/experiment-series.ts';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

const PATH = /^\/v1\/admin\/experiments\/([^/]+)\/results$/;

async function results(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const match = PATH.exec(ctx.url.pathname);
  if (!match)
    throw new HttpError(404, {
      code: 'not_found',
      message: `no endpoint at ${ctx.url.pathname}; results are at /v1/admin/experiments/<key>/results`,
    });
  let key: string;
  try {
    key = decodeURIComponent(match[1]!);
  } catch {
    throw new HttpError(400, {
      code: 'invalid_path',
      message: 'the experiment key in the path is not valid percent-encoding',
      field: 'key',
    });
  }
  const campaign = await ctx.store.experimentCampaign(project.id, key);
  if (!campaign?.experiment)
    throw new HttpError(404, { code: 'experiment_not_found', message: `no campaign of this project has the experiment "${key}"` });
  const { experiment } = campaign;
  const tally = await ctx.store.experimentTally(project.id, {
    experiment: key,
    goal: experiment.goal.event,
    windowDays: experiment.goal.windowDays,
  });
  const series = ctx.url.searchParams.get('series');
  if (series !== null && series !== 'day')
    throw new HttpError(400, { code: 'invalid_query', message: 'series must be "day" (or left out)', field: 'series' });
  // the daily looks are always counted: today's p-values and verdicts carry theirs forward (see experimentSeries)
  const { results, series: points } = experimentSeries(campaign, experiment, tally, Date.now());
  sendJson(ctx.res, 200, series === null ? results : { ...results, series: points });
}

export const adminExperimentsRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/experiments/*', handler: results }];
