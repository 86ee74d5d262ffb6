// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { UserState } from '@growthkit/core';
import { startTestCollector, verifiedHash, verifiedProject, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
});
afterEach(async () => {
  await collector.close();
});

const stateUrl = (query: Record<string, string>, key = 'pk_demo') => `${collector.url}/v1/state?${new URLSearchParams({ key, ...query })}`;
const putState = (query: Record<string, string>, state: unknown, key?: string) =>
  fetch(stateUrl(query, key), { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(state) });

const step = (at: string) => ({ status: 'done' as const, at });

describe('GET/PUT /v1/state', () => {
  test('progress made on a laptop and on a phone is merged for the signed-in user and read back on either', async () => {
    const laptop: UserState = {
      campaigns: {
        onboarding: {
          impressions: 3,
          steps: { create_doc: step('2026-11-22T10:00:00.000Z') },
          collapsed: true,
          collapsedAt: '2026-11-22T10:05:00.000Z',
        },
      },
    };
    const phone: UserState = {
      campaigns: {
        onboarding: {
          impressions: 1,
          steps: { invite_teammate: step('2026-11-22T11:00:00.000Z') },
          dismissedAt: '2026-11-22T11:30:00.000Z',
        },
      },
    };
    const fromLaptop = await putState({ anonymousId: 'laptop-anon', userId: 'user-42' }, laptop);
    expect(fromLaptop.status).toBe(200);
    const fromPhone = await putState({ anonymousId: 'phone-anon', userId: 'user-42' }, phone);
    expect(fromPhone.status).toBe(200);
    const merged = (await fromPhone.json()) as UserState;
    expect(merged.campaigns.onboarding).toMatchObject({
      impressions: 3,
      collapsed: true,
      dismissedAt: '2026-11-22T11:30:00.000Z',
      steps: { create_doc: step('2026-11-22T10:00:00.000Z'), invite_teammate: step('2026-11-22T11:00:00.000Z') },
    });

    const readOnLaptop = await fetch(stateUrl({ anonymousId: 'laptop-anon', userId: 'user-42' }));
    expect(await readOnLaptop.json()).toEqual(merged);
    const stored = collector.query<{ subject: string }>('SELECT subject FROM user_state');
    expect(stored).toHaveLength(1);
  });

  test('an anonymous visitor has state of its own, empty at first', async () => {
    expect(await (await fetch(stateUrl({ anonymousId: 'visitor-1' }))).json()).toEqual({ campaigns: {} });
    await putState({ anonymousId: 'visitor-1' }, { campaigns: { onboarding: { impressions: 1 } } });
    const visitor = (await (await fetch(stateUrl({ anonymousId: 'visitor-1' }))).json()) as UserState;
    expect(visitor.campaigns.onboarding.impressions).toBe(1);
    expect(await (await fetch(stateUrl({ anonymousId: 'visitor-2' }))).json()).toEqual({ campaigns: {} });
  });

  test('a device sending its copy on every page load writes only what changes: no row for an empty state, no rewrite of an unchanged one', async () => {
    const empty = await putState({ anonymousId: 'visitor-1' }, { campaigns: {} });
    expect(await empty.json()).toEqual({ campaigns: {} });
    expect(collector.query('SELECT subject FROM user_state')).toEqual([]);

    const progress = { campaigns: { onboarding: { impressions: 1, steps: { create_doc: step('2026-11-22T10:00:00.000Z') } } } };
    await putState({ anonymousId: 'visitor-1' }, progress);
    const [written] = collector.query<{ updated_at: string }>('SELECT updated_at FROM user_state');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await putState({ anonymousId: 'visitor-1' }, progress);
    expect(((await again.json()) as UserState).campaigns.onboarding.steps.create_doc).toEqual(step('2026-11-22T10:00:00.000Z'));
    expect(collector.query<{ updated_at: string }>('SELECT updated_at FROM user_state')).toEqual([written]);
  });

  test('a state that breaks the schema is refused naming the field; the stored state is untouched', async () => {
    await putState({ anonymousId: 'visitor-1' }, { campaigns: { onboarding: { impressions: 2 } } });
    const res = await putState({ anonymousId: 'visitor-1' }, { campaigns: { onboarding: { impressions: -1 } } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('campaigns.onboarding.impressions');
    const kept = (await (await fetch(stateUrl({ anonymousId: 'visitor-1' }))).json()) as UserState;
    expect(kept.campaigns.onboarding.impressions).toBe(2);
  });

  test('ids named like Object.prototype properties are stored and merged as sent', async () => {
    const at = '2026-11-22T10:00:00.000Z';
    const first = {
      campaigns: { toString: { impressions: 1 }, constructor: { impressions: 2, dismissals: { valueOf: at } } },
      experiments: { constructor: { variant: 'b', at: '2026-11-23T10:00:00.000Z' } },
    };
    const put = await putState({ anonymousId: 'a9' }, first);
    expect(put.status).toBe(200);
    const second = await putState(
      { anonymousId: 'a9' },
      { campaigns: { toString: { impressions: 3 } }, experiments: { constructor: { variant: 'a', at } } },
    );
    expect(second.status).toBe(200);
    const read = await (await fetch(stateUrl({ anonymousId: 'a9' }))).json();
    expect(read).toEqual({
      campaigns: { toString: { impressions: 3, steps: {} }, constructor: { impressions: 2, steps: {}, dismissals: { valueOf: at } } },
      experiments: { constructor: { variant: 'a', at } },
    });
  });

  test('a "__proto__" id, which JSON readers would drop or turn into a prototype, is refused naming where it is', async () => {
    const res = await fetch(stateUrl({ anonymousId: 'a9' }), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: '{"campaigns":{"onboarding":{"impressions":1,"dismissals":{"__proto__":"2026-11-22T10:00:00.000Z"}}}}',
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { field: string; message: string } };
    expect(error.field).toBe('campaigns.onboarding.dismissals.__proto__');
    expect(error.message).toMatch(/__proto__/);
    expect(collector.query('SELECT * FROM user_state')).toEqual([]);
  });

  test("an id holding U+0000 or half a UTF-16 pair (stored before, as no campaign's id can be) is refused naming its path; nothing is stored", async () => {
    const at = '2026-11-22T10:00:00.000Z';
    const cases: [unknown, string, string][] = [
      [{ campaigns: { 'onboarding\u0000': { impressions: 1 } } }, 'campaigns.onboarding\u0000', 'keys must not contain U+0000'],
      [
        { campaigns: { onboarding: { steps: { 'a\ud800': step(at) } } } },
        'campaigns.onboarding.steps.a\ud800',
        'keys must be well-formed Unicode',
      ],
      [{ experiments: { copy: { variant: 'b\udc00', at } } }, 'experiments.copy.variant', 'must be well-formed Unicode'],
    ];
    for (const [state, field, rule] of cases) {
      const res = await putState({ anonymousId: 'a9' }, state);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
      expect(error).toMatchObject({ code: 'invalid_state', field });
      expect(error.message.startsWith(`${field}: ${rule}`)).toBe(true);
    }
    expect(collector.query('SELECT * FROM user_state')).toEqual([]);
  });

  test('an anonymousId or userId longer than 128 characters (an event could not name it; a 10 KB one was stored) is refused naming it', async () => {
    for (const field of ['anonymousId', 'userId']) {
      const long = 'x'.repeat(10_000);
      for (const res of [await fetch(stateUrl({ [field]: long })), await putState({ [field]: long }, { campaigns: {} }, 'pk_demo')]) {
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: object }).error).toEqual({
          code: 'invalid_query',
          field,
          message: `${field} must be 1–128 characters`,
        });
      }
    }
    expect((await fetch(stateUrl({ anonymousId: 'x'.repeat(128) }))).status).toBe(200);
    expect(collector.query('SELECT * FROM user_state')).toEqual([]);
  });

  test('a state that would grow past 1,000,000 characters is refused with 413 naming the bound and is kept as it was (each PUT of new ids made every later one slower)', async () => {
    const many = (prefix: string) => ({
      campaigns: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`${prefix}${i}`, { impressions: 1 }])),
    });
    expect((await putState({ anonymousId: 'grows' }, many('a'))).status).toBe(200);
    const before = await (await fetch(stateUrl({ anonymousId: 'grows' }))).json();
    const res = await putState({ anonymousId: 'grows' }, many('b'));
    expect(res.status).toBe(413);
    const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(error).toMatchObject({ code: 'state_too_large', field: '(body)' });
    expect(error.message).toMatch(
      /^the merged state would take \d+ characters, over the 1000000 a state may hold: send the ids still in use/,
    );
    expect(await (await fetch(stateUrl({ anonymousId: 'grows' }))).json()).toEqual(before);
    expect((await putState({ anonymousId: 'grows' }, { campaigns: { a1: { impressions: 2 } } })).status).toBe(200);
  });

  test('a request naming nobody is refused naming anonymousId', async () => {
    const res = await fetch(stateUrl({}));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { field: string } }).error.field).toBe('anonymousId');
  });
});

describe('identity verification', () => {
  beforeEach(async () => {
    await collector.store.createProjectIfAbsent(verifiedProject);
  });

  const query = (extra: Record<string, string>) => ({ anonymousId: 'anon-9', userId: 'user-9', ...extra });
  const errorField = async (res: Response) => ((await res.json()) as { error: { field?: string } }).error.field;

  test('without a hash or with a wrong one a user id can neither be read nor written', async () => {
    const noHash = await fetch(stateUrl(query({}), 'pk_verified'));
    expect(noHash.status).toBe(403);
    expect(await errorField(noHash)).toBe('hash');

    const wrongHash = await putState(query({ hash: verifiedHash('someone-else') }), { campaigns: {} }, 'pk_verified');
    expect(wrongHash.status).toBe(403);
    expect(await errorField(wrongHash)).toBe('hash');

    const notHex = await fetch(stateUrl(query({ hash: `${verifiedHash('user-9')}zz` }), 'pk_verified'));
    expect(notHex.status).toBe(403);
    expect(collector.query('SELECT * FROM user_state')).toEqual([]);
  });

  test('with the right hash the user reads and writes their state', async () => {
    const put = await putState(query({ hash: verifiedHash('user-9') }), { campaigns: { onboarding: { impressions: 4 } } }, 'pk_verified');
    expect(put.status).toBe(200);
    const got = await fetch(stateUrl(query({ hash: verifiedHash('user-9') }), 'pk_verified'));
    expect(got.status).toBe(200);
    expect(((await got.json()) as UserState).campaigns.onboarding.impressions).toBe(4);
  });

  test('an anonymous visitor needs no hash', async () => {
    const res = await fetch(stateUrl({ anonymousId: 'anon-9' }, 'pk_verified'));
    expect(res.status).toBe(200);
  });
});
