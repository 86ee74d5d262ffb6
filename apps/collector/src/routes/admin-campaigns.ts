import { CampaignSchema, type Campaign, type CampaignRecord, type CampaignStanding } from '@growthkit/core';
import { authenticate } from '../auth/authenticate.ts';
import { campaignDiff } from '../campaigns/campaign-diff.ts';
import { campaignProblem } from '../campaigns/campaign-problem.ts';
import { removedLiveStep } from '../campaigns/removed-live-step.ts';
import { storableText } from '../events/well-formed-text.ts';
import { HttpError } from '../http/http-error.ts';
import { readJson } from '../http/read-json.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { rawJsonProblem } from '../json/raw-json-problem.ts';
import type { Project } from '../store/store.ts';

const STANDINGS: readonly CampaignStanding[] = ['live', 'paused', 'draft', 'archived'];
/** Levels of objects and arrays in a campaign, the campaign itself being the first: audiences nest a few levels. */
const CAMPAIGN_NESTING_MAX = 32;
const ONE = /^\/v1\/admin\/campaigns\/([^/]+)(?:\/(status|versions|rollback))?$/;

const badRequest = (field: string, message: string, code = 'invalid_request') => new HttpError(400, { code, message, field });

/** A 400 for a problem at `path` in the campaign sent (its dotted keys; empty for the campaign itself). */
function invalidCampaign(path: string, message: string): HttpError {
  if (path === '') return badRequest('campaign', `campaign: ${message}`, 'invalid_campaign');
  return badRequest(path, `campaign.${path}: ${message}`, 'invalid_campaign');
}

/** The campaign id and the sub-resource a path names, e.g. `/v1/admin/campaigns/onboarding/versions`. */
function target(ctx: RequestContext, method: string): { id: string; part: string | undefined } {
  const match = ONE.exec(ctx.url.pathname);
  const part = match?.[2];
  const allowed = { GET: [undefined, 'versions'], PUT: [undefined], POST: ['status', 'rollback'] }[method] ?? [];
  if (!match || !allowed.includes(part))
    throw new HttpError(404, {
      code: 'not_found',
      message: `no endpoint at ${method} ${ctx.url.pathname}; see docs/API.md for the campaign admin endpoints`,
    });
  try {
    return { id: decodeURIComponent(match[1]!), part };
  } catch {
    throw badRequest('id', 'the campaign id in the path is not valid percent-encoding', 'invalid_path');
  }
}

/** The body as an object, with the name of whoever makes the change (kept in the campaign's history). */
async function readChange(ctx: RequestContext): Promise<{ body: Record<string, unknown>; author: string }> {
  const body = await readJson(ctx.req, ctx.bodies);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('body', 'the body must be a JSON object');
  const record = body as Record<string, unknown>;
  const author = typeof record.author === 'string' ? record.author.trim() : '';
  if (author === '' || author.length > 100)
    throw badRequest('author', 'author must be your name, 1–100 characters: it is kept with the change');
  if (!storableText(author))
    throw badRequest('author', 'author must be well-formed Unicode without U+0000 (\\u0000): PostgreSQL stores no other text');
  return { body: record, author };
}

async function record(project: Project, ctx: RequestContext, id: string): Promise<CampaignRecord> {
  const found = await ctx.store.campaignRecord(project.id, id);
  if (!found) throw new HttpError(404, { code: 'campaign_not_found', message: `this project has no campaign "${id}"`, field: 'id' });
  return found;
}

/** Refuses a campaign the schema lets through but browsers or the collector should not run (campaignProblem). */
async function refuseProblem(campaign: Campaign): Promise<void> {
  const problem = await campaignProblem(campaign);
  if (problem !== undefined) throw badRequest(problem.field, `campaign.${problem.message}`, 'invalid_campaign');
}

/** Saves a change as a new version, unless it would take a completed step away from a live checklist's users. */
async function save(
  ctx: RequestContext,
  project: Project,
  before: CampaignRecord | undefined,
  change: Parameters<typeof ctx.store.saveCampaignVersion>[1],
) {
  const removed = removedLiveStep(before, change);
  if (removed !== undefined)
    throw new HttpError(409, {
      code: 'live_step_removed',
      message: `step "${removed}" cannot be removed while the checklist is live: users who completed it would lose it. Pause the campaign first, or keep the step`,
      field: 'widget.steps',
    });
  const version = await ctx.store.saveCampaignVersion(project.id, change);
  sendJson(ctx.res, before ? 200 : 201, version);
}

async function list(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  sendJson(ctx.res, 200, { campaigns: await ctx.store.campaignRecords(project.id) });
}

async function read(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const { id, part } = target(ctx, 'GET');
  const current = await record(project, ctx, id);
  if (part === undefined) {
    sendJson(ctx.res, 200, current);
    return;
  }
  const versions = await ctx.store.campaignVersions(project.id, id);
  sendJson(ctx.res, 200, {
    versions: versions.map((version, i) => {
      const previous = versions[i + 1];
      return {
        ...version,
        diff: campaignDiff(previous && { ...previous.campaign, status: previous.status }, { ...version.campaign, status: version.status }),
      };
    }),
  });
}

async function put(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const { id } = target(ctx, 'PUT');
  const { body, author } = await readChange(ctx);
  // before the schema, whose checks recurse, and before the store, where PostgreSQL refuses such text with a 500
  const unsafe = rawJsonProblem(body.campaign, { nestingMax: CAMPAIGN_NESTING_MAX, within: 'a campaign' });
  if (unsafe !== undefined) throw invalidCampaign(unsafe.field, unsafe.message);
  const parsed = CampaignSchema.safeParse(body.campaign);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidCampaign(issue.path.join('.'), issue.message);
  }
  const campaign: Campaign = parsed.data;
  await refuseProblem(campaign);
  if (campaign.id !== id) throw badRequest('id', `the campaign's id "${campaign.id}" must be the id in the path, "${id}"`);
  const before = await ctx.store.campaignRecord(project.id, id);
  // `If-None-Match: *` creates only: a new campaign given a taken id must not replace that campaign as its next version
  if (before && ctx.req.headers['if-none-match']?.trim() === '*') {
    throw new HttpError(412, { code: 'campaign_exists', field: 'id', message: `a campaign with the id "${id}" exists; choose another id` });
  }
  await save(ctx, project, before, { campaign, status: campaign.status, author, note: before ? 'edited' : 'created' });
}

async function post(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const { id, part } = target(ctx, 'POST');
  const before = await record(project, ctx, id);
  const { body, author } = await readChange(ctx);
  if (part === 'status') {
    const status = STANDINGS.find((standing) => standing === body.status);
    if (!status) throw badRequest('status', `status must be one of ${STANDINGS.join(', ')}`);
    await save(ctx, project, before, {
      campaign: { ...before.campaign, status: status === 'archived' ? 'paused' : status },
      status,
      author,
      note: `set ${status}`,
    });
    return;
  }
  const versions = await ctx.store.campaignVersions(project.id, id);
  const number = body.version;
  // Version 0 is the campaign before it was created here: rolling back to it archives the campaign, history kept.
  const created = versions.at(-1)?.note === 'created';
  if (number === 0 && created) {
    await save(ctx, project, before, {
      campaign: before.campaign,
      status: 'archived',
      author,
      note: 'rolled back to before it was created',
    });
    return;
  }
  const chosen = versions.find((version) => version.version === number);
  if (!chosen) {
    const known = versions.map((version) => version.version).join(', ');
    throw badRequest('version', `version must be one of this campaign's versions${known === '' ? ' (it has none yet)' : `: ${known}`}`);
  }
  // a version saved before these checks existed is checked as a new one would be
  await refuseProblem(chosen.campaign);
  await save(ctx, project, before, {
    campaign: chosen.campaign,
    status: chosen.status,
    author,
    note: `rolled back to version ${chosen.version}`,
  });
}

export const adminCampaignsRoutes: Route[] = [
  { method: 'GET', path: '/v1/admin/campaigns', handler: list },
  { method: 'GET', path: '/v1/admin/campaigns/*', handler: read },
  { method: 'PUT', path: '/v1/admin/campaigns/*', handler: put },
  { method: 'POST', path: '/v1/admin/campaigns/*', handler: post },
];
