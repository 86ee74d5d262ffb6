// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { CampaignInput } from '@growthkit/core';
import { DEMO_CAMPAIGNS } from '../src/seed/demo-project.ts';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;

beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});

const admin = (path: string, init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {}) =>
  fetch(`${collector.url}/v1/admin/campaigns${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${init.key ?? 'sk_demo'}`, 'content-type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

const welcome = (title = 'Welcome to Acme Docs'): CampaignInput => ({
  id: 'welcome-tip',
  name: 'Welcome tip',
  widget: {
    type: 'upsell',
    offers: [
      { id: 'tour', title: { en: 'Take the tour' }, value: { en: 'Two minutes' }, action: { label: { en: 'Start' }, action: 'tour' } },
    ],
  },
  content: { title: { en: title, 'zh-CN': '欢迎使用 Acme Docs' } },
  audience: { plan: 'trial' },
});

const liveIds = async () => {
  const res = await fetch(`${collector.url}/v1/config?key=pk_demo`);
  return ((await res.json()) as { campaigns: { id: string }[] }).campaigns.map((campaign) => campaign.id);
};

test('lists every campaign of the project with its status; a wrong key is refused', async () => {
  const res = await admin('');
  expect(res.status).toBe(200);
  const { campaigns } = (await res.json()) as { campaigns: { campaign: { id: string; widget: { type: string } }; status: string }[] };
  expect(campaigns.map((record) => record.campaign.id).sort()).toEqual(DEMO_CAMPAIGNS.map((campaign) => campaign.id).sort());
  expect(campaigns.every((record) => record.status === 'live')).toBe(true);
  const wrong = await admin('', { key: 'sk_nope' });
  expect(wrong.status).toBe(401);
  expect(((await wrong.json()) as { error: { message: string } }).error.message).toBe('the secret key is not known');
});

test('a created campaign reaches the config at once, with a new ETag; each change is a version with who, when and a diff', async () => {
  const before = await fetch(`${collector.url}/v1/config?key=pk_demo`);
  const etag = before.headers.get('etag')!;
  const created = await admin('/welcome-tip', { method: 'PUT', body: { campaign: welcome(), author: 'Pat' } });
  expect(created.status).toBe(201);
  expect(await created.json()).toMatchObject({ version: 1, author: 'Pat', note: 'created', status: 'live' });
  const after = await fetch(`${collector.url}/v1/config?key=pk_demo`, { headers: { 'if-none-match': etag } });
  expect(after.status).toBe(200);
  expect(await liveIds()).toContain('welcome-tip');

  expect((await admin('/welcome-tip', { method: 'PUT', body: { campaign: welcome('Hello there'), author: 'Sam' } })).status).toBe(200);
  expect((await admin('/welcome-tip/status', { method: 'POST', body: { status: 'paused', author: 'Sam' } })).status).toBe(200);
  expect(await liveIds()).not.toContain('welcome-tip');

  const { versions } = (await (await admin('/welcome-tip/versions')).json()) as {
    versions: {
      version: number;
      author: string;
      note: string;
      createdAt: string;
      diff: { path: string; before?: unknown; after?: unknown }[];
    }[];
  };
  expect(versions.map((version) => [version.version, version.author, version.note])).toEqual([
    [3, 'Sam', 'set paused'],
    [2, 'Sam', 'edited'],
    [1, 'Pat', 'created'],
  ]);
  expect(versions[0].diff).toEqual([{ path: 'status', before: 'live', after: 'paused' }]);
  expect(versions[1].diff).toEqual([{ path: 'content.title.en', before: 'Welcome to Acme Docs', after: 'Hello there' }]);
  expect(Date.parse(versions[0].createdAt)).not.toBeNaN();

  expect((await admin('/welcome-tip/rollback', { method: 'POST', body: { version: 1, author: 'Pat' } })).status).toBe(200);
  const current = (await (await admin('/welcome-tip')).json()) as {
    version: number;
    status: string;
    campaign: { content: { title: { en: string } } };
  };
  expect(current).toMatchObject({ version: 4, status: 'live', campaign: { content: { title: { en: 'Welcome to Acme Docs' } } } });
  expect(await liveIds()).toContain('welcome-tip');

  // version 0: before it was created here — rolled back to it, the campaign goes (archived, its history kept)
  expect((await admin('/welcome-tip/rollback', { method: 'POST', body: { version: 0, author: 'Pat' } })).status).toBe(200);
  expect(await liveIds()).not.toContain('welcome-tip');
  expect(((await (await admin('/welcome-tip')).json()) as { status: string }).status).toBe('archived');
});

test('If-None-Match: * creates only: a taken id is refused (412, naming id) and that campaign is left as it was', async () => {
  const taken = DEMO_CAMPAIGNS[0]!.id;
  const before = await (await admin(`/${taken}/versions`)).json();
  const create = (id: string) =>
    admin(`/${id}`, { method: 'PUT', headers: { 'if-none-match': '*' }, body: { campaign: { ...welcome(), id }, author: 'Pat' } });
  const refused = await create(taken);
  expect(refused.status).toBe(412);
  expect((await refused.json()).error).toMatchObject({ code: 'campaign_exists', field: 'id' });
  expect(await (await admin(`/${taken}/versions`)).json()).toEqual(before);
  const created = await create('fresh-tip');
  expect(created.ok).toBe(true);
  expect((await create('fresh-tip')).status).toBe(412);
});

test('bad input is refused with a 4xx naming the field and the rule', async () => {
  const bad = await admin('/welcome-tip', { method: 'PUT', body: { campaign: { ...welcome(), priority: 1.5 }, author: 'Pat' } });
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { error: object }).error).toMatchObject({ code: 'invalid_campaign', field: 'priority' });

  const noAuthor = await admin('/welcome-tip', { method: 'PUT', body: { campaign: welcome() } });
  expect(((await noAuthor.json()) as { error: object }).error).toMatchObject({ field: 'author' });

  const otherId = await admin('/other', { method: 'PUT', body: { campaign: welcome(), author: 'Pat' } });
  expect(((await otherId.json()) as { error: object }).error).toMatchObject({ field: 'id' });

  const status = await admin('/welcome-tip/status', { method: 'POST', body: { status: 'gone', author: 'Pat' } });
  expect(((await status.json()) as { error: { message: string } }).error.message).toBe(
    'status must be one of live, paused, draft, archived',
  );

  const version = await admin('/welcome-tip/rollback', { method: 'POST', body: { version: 42, author: 'Pat' } });
  expect(((await version.json()) as { error: object }).error).toMatchObject({ field: 'version' });
  expect((await admin('/nobody')).status).toBe(404);
});

test('text PostgreSQL cannot store (U+0000, half a UTF-16 pair), a "__proto__" key or nesting past 32 levels, anywhere in a campaign or its author, is refused naming the field and the rule; nothing is saved', async () => {
  const nul = 'must not contain U+0000 (\\u0000): PostgreSQL stores no text with it';
  const lone = 'must be well-formed Unicode: a \\ud800–\\udfff escape only as half of a pair';
  const cases: { campaign: unknown; field: string; message: string }[] = [
    { campaign: welcome('Hi\u0000'), field: 'content.title.en', message: `campaign.content.title.en: ${nul}` },
    { campaign: welcome('Hi\ud800'), field: 'content.title.en', message: `campaign.content.title.en: ${lone}` },
    {
      campaign: { ...welcome(), audience: { 'pl\u0000an': 'trial' } },
      field: 'audience.pl\u0000an',
      message: `campaign.audience.pl\u0000an: keys ${nul}`,
    },
  ];
  for (const { campaign, field, message } of cases) {
    const res = await admin('/unstorable', {
      method: 'PUT',
      body: { campaign: { ...(campaign as object), id: 'unstorable' }, author: 'Pat' },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: object }).error).toEqual({ code: 'invalid_campaign', field, message });
  }
  const proto = await admin('/unstorable', {
    method: 'PUT',
    body: JSON.parse(
      `{"author":"Pat","campaign":${JSON.stringify({ ...welcome(), id: 'unstorable', audience: {} }).replace('"audience":{}', '"audience":{"__proto__":{"plan":"trial"}}')}}`,
    ),
  });
  expect(((await proto.json()) as { error: object }).error).toMatchObject({ field: 'audience.__proto__' });

  // 100,000 levels overflowed the stack (a 500) before anything was checked
  const depth = 100_000;
  const audience = `${'{"$not":'.repeat(depth)}{"plan":"trial"}${'}'.repeat(depth)}`;
  const campaign = JSON.stringify({ ...welcome(), id: 'unstorable', audience: 'AUDIENCE' }).replace('"AUDIENCE"', audience);
  const deep = await fetch(`${collector.url}/v1/admin/campaigns/unstorable`, {
    method: 'PUT',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: `{"author":"Pat","campaign":${campaign}}`,
  });
  expect(deep.status).toBe(400);
  expect(((await deep.json()) as { error: object }).error).toEqual({
    code: 'invalid_campaign',
    field: 'audience',
    message: 'campaign.audience: objects and arrays may nest at most 32 levels deep in a campaign',
  });

  const version = async () => ((await (await admin('/welcome-tip')).json()) as { version: number }).version;
  const versionBefore = await version();
  for (const author of ['Pat\u0000', 'Pat\udc00']) {
    const res = await admin('/welcome-tip/status', { method: 'POST', body: { status: 'paused', author } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: object }).error).toEqual({
      code: 'invalid_request',
      field: 'author',
      message: 'author must be well-formed Unicode without U+0000 (\\u0000): PostgreSQL stores no other text',
    });
  }
  expect((await admin('/unstorable')).status).toBe(404);
  expect(await version()).toBe(versionBefore);
});

test('a live checklist never loses a step: removing one is refused naming it; the seeded first state is kept as version 1', async () => {
  const { campaign } = (await (await admin('/onboarding')).json()) as { campaign: { widget: { steps: { id: string }[] } } };
  const [first, ...rest] = campaign.widget.steps;
  const refused = await admin('/onboarding', {
    method: 'PUT',
    body: { campaign: { ...campaign, widget: { ...campaign.widget, steps: [...rest, { ...first, id: 'renamed' }] } }, author: 'Pat' },
  });
  expect(refused.status).toBe(409);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
    `step "${first.id}" cannot be removed while the checklist is live`,
  );

  const relabelled = { ...campaign, widget: { ...campaign.widget, steps: [{ ...first, label: { en: 'Write a doc' } }, ...rest] } };
  expect((await admin('/onboarding', { method: 'PUT', body: { campaign: relabelled, author: 'Pat' } })).status).toBe(200);
  const { versions } = (await (await admin('/onboarding/versions')).json()) as { versions: { version: number; author: string }[] };
  expect(versions.map((version) => [version.version, version.author])).toEqual([
    [2, 'Pat'],
    [1, 'seed'],
  ]);
});
