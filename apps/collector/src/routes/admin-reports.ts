import { setMaxListeners } from 'node:events';
import { authenticate } from '../auth/authenticate.ts';
import { clientGone } from '../http/client-gone.ts';
import { HttpError } from '../http/http-error.ts';
import { instantQuery } from '../http/instant-query.ts';
import type { Handler, RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { checklistReport } from '../reports/checklist-report.ts';
import { churnReport } from '../reports/churn-report.ts';
import { countedSegment } from '../reports/computed-segment.ts';
import { funnelSteps } from '../reports/funnel-report.ts';
import { intervalMetrics } from '../reports/metrics-report.ts';
import { monthlyIntervals } from '../reports/monthly-intervals.ts';
import { onboardingReport } from '../reports/onboarding-report.ts';
import { reportSegment } from '../reports/report-segment.ts';
import { ReportTimeout } from '../store/report-timeout.ts';
import type { FunnelStep, ReportRange } from '../store/store.ts';

/** at most this many intervals in one metrics report (three years of months) */
const MAX_INTERVALS = 36;

const invalid = (field: string, message: string) => new HttpError(400, { code: 'invalid_query', message, field });

/** `from` and `to` of a report's query; `to` defaults to `now`, `from` to `fromDefault` (required when undefined). */
function reportRange(query: URLSearchParams, fromDefault?: Date, now = new Date()): ReportRange {
  if (fromDefault === undefined && query.get('from') === null)
    throw invalid('from', 'from is required: an ISO 8601 instant, e.g. 2026-01-01T00:00:00Z');
  const from = instantQuery(query, 'from', fromDefault ?? new Date(0));
  const to = instantQuery(query, 'to', now);
  if (from >= to) throw invalid('to', 'to must be later than from');
  return { from, to };
}

/** GET /v1/admin/reports/churn?from=&to=&segment= (secret key): churn reasons, save rate and offers (churnReport). */
async function getChurn(ctx: RequestContext, signal: AbortSignal): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const range = reportRange(ctx.url.searchParams, new Date(0));
  const segment = reportSegment(ctx.url.searchParams);
  const counted = await countedSegment(ctx.store, project, segment, new Date(), signal);
  sendJson(ctx.res, 200, churnReport(await ctx.store.churnTally(project.id, { range, segment: counted, signal }), range, segment));
}

/** GET /v1/admin/reports/metrics?from=&to=&interval=month&segment= (secret key): the subscription metrics per interval (intervalMetrics). */
async function getMetrics(ctx: RequestContext, signal: AbortSignal): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const query = ctx.url.searchParams;
  // `to` left out is `asOf` itself, so an interval that ends at it is one still running
  const asOf = new Date();
  const range = reportRange(query, undefined, asOf);
  const interval = query.get('interval') ?? 'month';
  if (interval !== 'month') throw invalid('interval', 'interval must be "month"');
  const intervals = monthlyIntervals(range.from, range.to);
  if (intervals.length > MAX_INTERVALS) throw invalid('to', `a report spans at most ${MAX_INTERVALS} months; ask for a shorter range`);
  const segment = reportSegment(query);
  // a `to` still to come is no licence to count days that have not happened (a D7 not yet reached is unmeasured, not 0%)
  const reportEnd = range.to < asOf ? range.to : asOf;
  const counted = await countedSegment(ctx.store, project, segment, asOf, signal);
  const tallies = await ctx.store.metricsTally(project.id, { intervals, reportEnd, segment: counted, signal });
  sendJson(ctx.res, 200, {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    asOf: asOf.toISOString(),
    segment: segment ?? null,
    interval,
    intervals: intervals.map((bounds, index) => intervalMetrics(bounds, tallies[index]!, reportEnd)),
  });
}

const DAY_MS = 86_400_000;
/** a funnel step's window when neither the query nor the campaign's experiment gives one */
const DEFAULT_WITHIN_DAYS = 30;
const MAX_FUNNEL_STEPS = 8;
const EVENT_NAME = /^.{1,200}$/s;

/** `within` in days (a plain decimal number above 0, at most 365), `fallback` when absent. */
function withinDays(query: URLSearchParams, fallback: number): number {
  const raw = query.get('within');
  if (raw === null) return fallback;
  // plain decimals only (a goal's window may be 0.5 days): Number() would also take "1e1", "0x10" and " 7 "
  const days = /^\d{1,3}(\.\d{1,6})?$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(days > 0 && days <= 365)) throw invalid('within', 'within must be a decimal number of days above 0 and at most 365, e.g. 14');
  return days;
}

/** The campaign the `campaign` parameter names: 400 when absent, 404 when the project has none with that id. */
async function namedCampaign(ctx: RequestContext, projectId: string) {
  const id = ctx.url.searchParams.get('campaign');
  if (!id) throw invalid('campaign', "campaign is required: the id of one of the project's campaigns");
  const record = await ctx.store.campaignRecord(projectId, id);
  if (!record) throw new HttpError(404, { code: 'campaign_not_found', message: `this project has no campaign "${id}"`, field: 'campaign' });
  return record.campaign;
}

const rangeJson = (range: ReportRange) => ({ from: range.from.toISOString(), to: range.to.toISOString() });

/**
 * GET /v1/admin/reports/campaign-funnel?campaign=&goal=&within=&from=&to=&segment= (secret key): exposure (with an
 * experiment only) → shown → click → goal of one campaign, the goal its experiment's unless `goal` is given.
 */
async function getCampaignFunnel(ctx: RequestContext, signal: AbortSignal): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const query = ctx.url.searchParams;
  const campaign = await namedCampaign(ctx, project.id);
  // without a goal (none asked for, no experiment's) the funnel ends at the click
  const goal = query.get('goal') ?? campaign.experiment?.goal.event;
  if (goal !== undefined && !EVENT_NAME.test(goal)) throw invalid('goal', 'goal must be an event name of 1–200 characters');
  const within = withinDays(query, campaign.experiment?.goal.windowDays ?? DEFAULT_WITHIN_DAYS);
  const range = reportRange(query, new Date(0));
  const segment = reportSegment(query);
  const counted = await countedSegment(ctx.store, project, segment, new Date(), signal);
  const steps: { step: string; match: FunnelStep }[] = [
    { step: 'shown', match: { name: 'gk.shown', campaign: campaign.id } },
    { step: 'click', match: { name: 'gk.click', campaign: campaign.id } },
    ...(goal === undefined ? [] : [{ step: 'goal', match: { name: goal } }]),
  ];
  if (campaign.experiment) steps.unshift({ step: 'exposure', match: { name: 'gk.exposure', campaign: campaign.id } });
  const tally = await ctx.store.funnelTally(project.id, {
    steps: steps.map(({ match }) => match),
    range,
    withinMs: within * DAY_MS,
    segment: counted,
    signal,
  });
  sendJson(ctx.res, 200, {
    campaign: campaign.id,
    goal: goal ?? null,
    withinDays: within,
    ...rangeJson(range),
    segment: segment ?? null,
    steps: funnelSteps(
      steps.map(({ step, match }) => ({ step, event: match.name })),
      tally,
    ),
  });
}

/** GET /v1/admin/reports/event-funnel?steps=a,b,c&within=&from=&to=&segment= (secret key): people reaching host events in order. */
async function getEventFunnel(ctx: RequestContext, signal: AbortSignal): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const query = ctx.url.searchParams;
  const names = (query.get('steps') ?? '').split(',').map((name) => name.trim());
  if (names.length < 2 || names.length > MAX_FUNNEL_STEPS || !names.every((name) => EVENT_NAME.test(name)))
    throw invalid(
      'steps',
      `steps must be 2–${MAX_FUNNEL_STEPS} event names separated by commas, e.g. upgrade_page_viewed,plan_chosen,paid`,
    );
  if (new Set(names).size !== names.length) throw invalid('steps', 'steps must name each event once');
  const within = withinDays(query, DEFAULT_WITHIN_DAYS);
  const range = reportRange(query, new Date(0));
  const segment = reportSegment(query);
  const counted = await countedSegment(ctx.store, project, segment, new Date(), signal);
  const tally = await ctx.store.funnelTally(project.id, {
    steps: names.map((name) => ({ name })),
    range,
    withinMs: within * DAY_MS,
    segment: counted,
    signal,
  });
  sendJson(ctx.res, 200, {
    withinDays: within,
    ...rangeJson(range),
    segment: segment ?? null,
    steps: funnelSteps(
      names.map((name) => ({ step: name, event: name })),
      tally,
    ),
  });
}

/** The checklist campaign the `campaign` parameter names, with its step ids in order; 400 when it is not a checklist. */
async function checklistCampaign(ctx: RequestContext, projectId: string) {
  const campaign = await namedCampaign(ctx, projectId);
  if (campaign.widget.type !== 'checklist')
    throw invalid('campaign', `campaign "${campaign.id}" is a ${campaign.widget.type}, not a checklist`);
  return { id: campaign.id, stepIds: campaign.widget.steps.map((step) => step.id) };
}

/** GET /v1/admin/reports/checklist-funnel?campaign=&from=&to=&segment= (secret key): people completing each step of a checklist. */
async function getChecklistFunnel(ctx: RequestContext, signal: AbortSignal): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const { id, stepIds } = await checklistCampaign(ctx, project.id);
  const range = reportRange(ctx.url.searchParams, new Date(0));
  const segment = reportSegment(ctx.url.searchParams);
  const counted = await countedSegment(ctx.store, project, segment, new Date(), signal);
  const tally = await ctx.store.checklistTally(project.id, { campaign: id, range, segment: counted, signal });
  sendJson(ctx.res, 200, { campaign: id, ...rangeJson(range), segment: segment ?? null, ...checklistReport(stepIds, tally) });
}

/** GET /v1/admin/reports/onboarding-retention?campaign=&from=&to=&segment= (secret key): retention of finishers against the rest. */
async function getOnboardingRetention(ctx: RequestContext, signal: AbortSignal): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const { id } = await checklistCampaign(ctx, project.id);
  const range = reportRange(ctx.url.searchParams);
  const segment = reportSegment(ctx.url.searchParams);
  const reportEnd = new Date();
  const counted = await countedSegment(ctx.store, project, segment, reportEnd, signal);
  const tally = await ctx.store.onboardingTally(project.id, { campaign: id, range, reportEnd, segment: counted, signal });
  sendJson(ctx.res, 200, {
    campaign: id,
    ...rangeJson(range),
    asOf: reportEnd.toISOString(),
    segment: segment ?? null,
    ...onboardingReport(tally),
  });
}

/**
 * A report's handler with a signal that ends the report's statements still running or waiting (cancelled on PostgreSQL,
 * dropped on SQLite): when its client goes away, and once its answer is decided, so that the statements of a report
 * that already failed do not hold the database (on SQLite, the queue behind them). A statement stopped because its time
 * ran out is answered 504 naming the report, not a 500.
 */
function report(name: string, handler: (ctx: RequestContext, signal: AbortSignal) => Promise<void>): Handler {
  return async (ctx) => {
    const answered = new AbortController();
    const signal = AbortSignal.any([clientGone(ctx.res), answered.signal]);
    // Each statement listens while it runs or waits, and a metrics report queues one per month (up to 36) at once: past
    // Node's default of 10 it would log a leak warning that is none (every statement removes its listener when done).
    setMaxListeners(0, signal);
    try {
      await handler(ctx, signal);
    } catch (error) {
      if (!(error instanceof ReportTimeout)) throw error;
      throw new HttpError(504, {
        code: 'report_timeout',
        message: `the ${name} report took longer than the ${error.limitMs / 1000} s the database allows one report statement (reportTimeoutMs); ask for a shorter range or a narrower segment`,
      });
    } finally {
      answered.abort(new Error('the report has its answer'));
    }
  };
}

export const adminReportsRoutes: Route[] = [
  { method: 'GET', path: '/v1/admin/reports/churn', handler: report('churn', getChurn) },
  { method: 'GET', path: '/v1/admin/reports/metrics', handler: report('metrics', getMetrics) },
  { method: 'GET', path: '/v1/admin/reports/campaign-funnel', handler: report('campaign-funnel', getCampaignFunnel) },
  { method: 'GET', path: '/v1/admin/reports/event-funnel', handler: report('event-funnel', getEventFunnel) },
  { method: 'GET', path: '/v1/admin/reports/checklist-funnel', handler: report('checklist-funnel', getChecklistFunnel) },
  { method: 'GET', path: '/v1/admin/reports/onboarding-retention', handler: report('onboarding-retention', getOnboardingRetention) },
];
