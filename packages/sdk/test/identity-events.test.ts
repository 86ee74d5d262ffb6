// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import { fakeRuntime, usePage } from './runtime-support.ts';

const destroyAfter = usePage('');
const HASH = 'ab'.repeat(32);

test('after identify(id, traits, { hash }) each event carries the hash that proves userId; before it, and after reset(), events carry none', async () => {
  const { growthkit, events } = fakeRuntime([]);
  destroyAfter(growthkit.destroy);
  growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  growthkit.track('before_login');
  growthkit.identify('user_1', { plan: 'pro' }, { hash: HASH });
  growthkit.track('doc_created');
  await growthkit.flush();

  const sent = (name: string) => events.find((event) => event.name === name);
  expect(events.map((event) => event.name)).toEqual(expect.arrayContaining(['before_login', 'identify', 'doc_created']));
  expect(sent('before_login')).not.toHaveProperty('hash');
  expect(sent('identify')).toMatchObject({ userId: 'user_1', hash: HASH });
  expect(sent('doc_created')).toMatchObject({ userId: 'user_1', hash: HASH });

  growthkit.reset();
  growthkit.track('after_logout');
  await growthkit.flush();
  expect(sent('after_logout')).toMatchObject({ anonymousId: expect.any(String) });
  expect(sent('after_logout')).not.toHaveProperty('userId');
  expect(sent('after_logout')).not.toHaveProperty('hash');
});
