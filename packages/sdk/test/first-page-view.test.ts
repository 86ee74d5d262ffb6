// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { fakeRuntime, usePage } from './runtime-support.ts';
import { installSnippet } from '../src/snippet.ts';

const destroyAfter = usePage('');
const OPTIONS = { key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' };

test('identify and group queued in the stub after init are on the first page view, which comes before the page’s events', async () => {
  const { growthkit, events } = fakeRuntime([]);
  destroyAfter(growthkit.destroy);
  const win = {
    growthkit: Object.assign(() => undefined, {
      q: [
        ['init', OPTIONS],
        ['identify', 'user_42', { plan: 'basic' }],
        ['group', 'acct_7', { seats: 5 }],
        ['track', 'doc_created'],
      ],
    }),
  };
  installSnippet(growthkit, win);
  await growthkit.flush();

  expect(events.map((event) => event.name)).toEqual(['identify', 'group', 'page', 'doc_created']);
  expect(events.find((event) => event.type === 'page')).toMatchObject({ userId: 'user_42', accountId: 'acct_7' });
});

test('identify called before init (npm: the instance made first) is on the first page view too', async () => {
  const { growthkit, events } = fakeRuntime([]);
  destroyAfter(growthkit.destroy);
  growthkit.identify('user_7');
  growthkit.init(OPTIONS);
  await Promise.resolve();
  growthkit.track('later');
  await growthkit.flush();

  expect(events.map((event) => event.name)).toEqual(['identify', 'page', 'later']);
  expect(events[1]).toMatchObject({ type: 'page', userId: 'user_7' });
});

test('an anonymous visit still has its page view, once, at the end of init’s task', async () => {
  const { growthkit, events } = fakeRuntime([]);
  destroyAfter(growthkit.destroy);
  growthkit.init(OPTIONS);
  await new Promise((resolve) => setTimeout(resolve));
  growthkit.track('later');
  await growthkit.flush();

  expect(events.map((event) => event.name)).toEqual(['page', 'later']);
  expect(events[0]).not.toHaveProperty('userId');
});

test('destroyed in init’s task, it sends no page view', async () => {
  const { growthkit, events } = fakeRuntime([]);
  growthkit.init(OPTIONS);
  growthkit.destroy();
  await new Promise((resolve) => setTimeout(resolve));
  expect(events).toEqual([]);
});
