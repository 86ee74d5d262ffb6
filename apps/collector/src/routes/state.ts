import { EVENT_LIMITS, UserStateSchema, type UserState } from '@growthkit/core';
import { authenticate, type Caller } from '../auth/authenticate.ts';
import { identityHashProblem } from '../auth/identity-hash.ts';
import { HttpError } from '../http/http-error.ts';
import { readJson } from '../http/read-json.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { rawJsonProblem } from '../json/raw-json-problem.ts';
import { StateTooLarge } from '../store/state-too-large.ts';
import { readUserAccountValue } from '../users/user-record.ts';

/**
 * Whose state the request is about: the user when `userId` is given (so devices share it), else the anonymous
 * visitor. With identity verification on, a browser must prove the user id with its `hash`.
 */
function subjectOf(ctx: RequestContext, { project, kind }: Caller): string {
  const query = ctx.url.searchParams;
  const userId = query.get('userId') || undefined;
  const anonymousId = query.get('anonymousId') || undefined;
  for (const [field, id] of Object.entries({ userId, anonymousId })) {
    // the events' limit for the same ids: a longer one names nobody an event can, and would only take room
    if (id !== undefined && id.length > EVENT_LIMITS.idLength)
      throw new HttpError(400, { code: 'invalid_query', message: `${field} must be 1–${EVENT_LIMITS.idLength} characters`, field });
  }
  if (userId === undefined) {
    if (anonymousId === undefined) {
      throw new HttpError(400, { code: 'invalid_query', message: 'anonymousId is required (or userId)', field: 'anonymousId' });
    }
    return `anon:${anonymousId}`;
  }
  if (project.settings.identityVerification && kind === 'publishable') {
    const problem = identityHashProblem(userId, query.get('hash') || undefined, project.secretKey);
    if (problem !== undefined) throw new HttpError(403, { ...problem, field: 'hash' });
  }
  return `user:${userId}`;
}

/**
 * The answer: the state, and for a signed-in user the value scorecard of their account, computed now from every seat's
 * events (never stored: mergeState leaves `value` out, so a device's copy is dropped).
 */
async function answerState(ctx: RequestContext, { project }: Caller, state: UserState): Promise<void> {
  const userId = ctx.url.searchParams.get('userId') || undefined;
  const value = userId === undefined ? undefined : await readUserAccountValue(ctx.store, project, userId, new Date());
  sendJson(ctx.res, 200, value === undefined ? state : { ...state, value });
}

async function getState(ctx: RequestContext): Promise<void> {
  const caller = await authenticate(ctx, ['publishable', 'secret']);
  const subject = subjectOf(ctx, caller);
  await answerState(ctx, caller, await ctx.store.userState(caller.project.id, subject));
}

/** Levels of objects and arrays in a state, the state itself being the first: it nests five. */
const STATE_NESTING_MAX = 32;

/** The stored state with `state` merged in; a 413 naming the bound when the result would pass it. */
async function mergedState(ctx: RequestContext, { project }: Caller, subject: string, state: UserState): Promise<UserState> {
  try {
    return await ctx.store.mergeUserState(project.id, subject, state);
  } catch (error) {
    if (!(error instanceof StateTooLarge)) throw error;
    throw new HttpError(413, {
      code: 'state_too_large',
      message: `${error.message}: send the ids still in use (campaigns, steps, dismissals, experiments), not new ones on every call`,
      field: '(body)',
    });
  }
}

async function putState(ctx: RequestContext): Promise<void> {
  const caller = await authenticate(ctx, ['publishable', 'secret']);
  const subject = subjectOf(ctx, caller);
  const body = await readJson(ctx.req, ctx.bodies);
  // Events' and campaigns' rules: no id holds U+0000 or half a UTF-16 pair, and a "__proto__" id, which JSON.parse
  // keeps as data, zod's records would drop silently. A body that is no object is the schema's to refuse.
  const unsafe = rawJsonProblem(body, { nestingMax: STATE_NESTING_MAX, within: 'a state' });
  if (unsafe !== undefined && unsafe.field !== '') {
    throw new HttpError(400, { code: 'invalid_state', message: `${unsafe.field}: ${unsafe.message}`, field: unsafe.field });
  }
  const parsed = UserStateSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(body)';
    throw new HttpError(400, { code: 'invalid_state', message: `${field}: ${issue.message}`, field });
  }
  await answerState(ctx, caller, await mergedState(ctx, caller, subject, parsed.data));
}

export const stateRoutes: Route[] = [
  { method: 'GET', path: '/v1/state', handler: getState },
  { method: 'PUT', path: '/v1/state', handler: putState },
];
