import { expect, test } from 'vitest';
import type { AhaWidget } from '@growthkit/core';
import { DEMO_AHA } from '../../apps/collector/src/seed/demo-aha.ts';
import { openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

test('in a Chinese widget, a campaign text left untranslated is marked English (lang="en"); the translated ones stay Chinese', async () => {
  // the aha campaign with its title and the "Halfway" badge in English only, as a project may leave them
  const widget = DEMO_AHA.widget as AhaWidget;
  const campaign = {
    ...DEMO_AHA,
    content: { ...DEMO_AHA.content, title: { en: 'Connect 50 customers' } },
    widget: {
      ...widget,
      milestones: widget.milestones.map((milestone) =>
        milestone.badge.en === 'Halfway' ? { ...milestone, badge: { en: 'Halfway' } } : milestone,
      ),
    },
  };
  const put = await fetch(`${e2e.stack.collectorUrl}/v1/admin/campaigns/${DEMO_AHA.id}`, {
    method: 'PUT',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ campaign, author: 'test' }),
  });
  expect(put.ok).toBe(true);

  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await Promise.all([page.waitForEvent('load'), page.selectOption('#locale', 'zh-CN')]);
  const aha = page.locator('[data-growthkit="aha"]');
  const title = aha.getByRole('heading', { name: 'Connect 50 customers' });
  await expect.poll(() => title.count(), { timeout: 10_000 }).toBe(1);
  // the language each text is read in: the nearest lang above it
  const langOf = (text: string) =>
    aha.getByText(text, { exact: true }).evaluate((element) => element.closest('[lang]')?.getAttribute('lang'));
  expect({
    title: await langOf('Connect 50 customers'),
    halfway: await langOf('Halfway'),
    body: await langOf('第一个月连接 50 位客户的团队，最能发挥 Acme Docs 的价值。'),
    firstTen: await langOf('首批十位'),
  }).toEqual({ title: 'en', halfway: 'en', body: 'zh-CN', firstTen: 'zh-CN' });
  expect(demo.problems).toEqual([]);
  await demo.close();
});
