import { UserStateSchema, type UserState } from '@growthkit/core';
import { authenticate, type Caller } from '../auth/authenticate.ts';
import { identityHashProblem } from '../auth/identity-hash.ts';
import { HttpError } from '../http/http-error.ts';
import { readJson } from '../http/read-json.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import { readUserAccountValue } from '../users/user-record.ts';

/**
 * Whose state the request is about: the user when `userId` is given (so devices share it), else the anonymous
 * visitor. With identity verification on, a browser must prove the user id with its `hash`.
 */
function subjectOf(ctx: RequestContext, { project, kind }: Caller): string {
  const query = ctx.url.searchParams;
  const userId = query.get('userId') || undefined;
  const anonymousId = query.get('anonymousId') || undefined;
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

/** The value's own entries, when it is an object. */
const entriesOf = (value: unknown): [string, unknown][] => (typeof value === 'object' && value !== null ? Object.entries(value) : []);

/** The value's own property `key`, when it is an object that has one. */
const ownChild = (value: unknown, key: string): unknown => entriesOf(value).find(([name]) => name === key)?.[1];

/**
 * Where the state names an id "__proto__", if it does. JSON.parse keeps such a key as data, but zod's records drop it
 * silently (an object would take it as its prototype), so that id could never be stored as sent: refused instead.
 * Only the records of ids are looked at (campaigns, their steps and dismissals, experiments), so the walk is bounded.
 */
function protoIdPath(body: unknown): string | undefined {
  const paths: string[][] = [];
  for (const record of ['campaigns', 'experiments']) {
    for (const [id, entry] of entriesOf(ownChild(body, record))) {
      paths.push([record, id]);
      if (record !== 'campaigns') continue;
      for (const part of ['steps', 'dismissals']) {
        for (const [partId] of entriesOf(ownChild(entry, part))) paths.push([record, id, part, partId]);
      }
    }
  }
  return paths.find((path) => path.at(-1) === '__proto__')?.join('.');
}

async function putState(ctx: RequestContext): Promise<void> {
  const caller = await authenticate(ctx, ['publishable', 'secret']);
  const subject = subjectOf(ctx, caller);
  const body = await readJson(ctx.req, ctx.bodies);
  const protoField = protoIdPath(body);
  if (protoField !== undefined) {
    throw new HttpError(400, { code: 'invalid_state', message: `${protoField}: "__proto__" cannot be an id`, field: protoField });
  }
  const parsed = UserStateSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(body)';
    throw new HttpError(400, { code: 'invalid_state', message: `${field}: ${issue.message}`, field });
  }
  await answerState(ctx, caller, await ctx.store.mergeUserState(caller.project.id, subject, parsed.data));
}

export const stateRoutes: Route[] = [
  { method: 'GET', path: '/v1/state', handler: getState },
  { method: 'PUT', path: '/v1/state', handler: putState },
];
