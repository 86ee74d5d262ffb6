// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CampaignSchema, ConfigSchema, localize } from '@growthkit/core';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});

const getConfig = (headers: Record<string, string> = {}) => fetch(`${collector.url}/v1/config?key=pk_demo`, { headers });

test('config carries the demo project, its public settings and the live onboarding checklist', async () => {
  const res = await getConfig();
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  const config = ConfigSchema.parse(await res.json());
  expect(config.project).toBe('demo');
  expect(config.settings).toMatchObject({ locales: ['en', 'zh-CN'], defaultLocale: 'en', identityVerification: false });
  expect(config.campaigns.map((campaign) => campaign.id)).toContain('onboarding');
  const onboarding = config.campaigns.find((campaign) => campaign.id === 'onboarding')!;
  expect(localize(onboarding.content.title, 'zh-CN')).toBe('开始使用 Acme Docs');
  expect(onboarding.widget.type).toBe('checklist');
  if (onboarding.widget.type !== 'checklist') return;
  expect(onboarding.widget.steps.map((step) => step.id)).toEqual([
    'create_doc',
    'invite_teammate',
    'upload_file',
    'generate_reports',
    'complete_profile',
    'share_template',
  ]);
  expect(onboarding.widget.steps[3].complete).toEqual({ kind: 'event', event: 'report_generated', count: 2 });
});

test('the same config answers 304 to its ETag and a fresh ETag once a campaign changes', async () => {
  const first = await getConfig();
  const etag = first.headers.get('etag');
  expect(etag).toMatch(/^"[^"]+"$/);

  const unchanged = await getConfig({ 'if-none-match': etag! });
  expect(unchanged.status).toBe(304);
  expect(unchanged.headers.get('etag')).toBe(etag);
  expect(await unchanged.text()).toBe('');

  const [onboarding] = ConfigSchema.parse(await first.json()).campaigns;
  await collector.store.putCampaign('demo', CampaignSchema.parse({ ...onboarding, priority: 20 }));
  const changed = await getConfig({ 'if-none-match': etag! });
  expect(changed.status).toBe(200);
  expect(changed.headers.get('etag')).not.toBe(etag);
  expect(ConfigSchema.parse(await changed.json()).campaigns[0].priority).toBe(20);
});

test('paused campaigns are not sent to browsers', async () => {
  const config = ConfigSchema.parse(await (await getConfig()).json());
  await collector.store.putCampaign('demo', CampaignSchema.parse({ ...config.campaigns[0], id: 'paused-one', status: 'paused' }));
  const after = ConfigSchema.parse(await (await getConfig()).json());
  expect(after.campaigns.map((campaign) => campaign.id)).not.toContain('paused-one');
});
