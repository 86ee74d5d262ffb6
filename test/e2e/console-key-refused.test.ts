import { expect, test } from 'vitest';
import { openConsole, press, signIn } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

test('a key the collector stops accepting after the sign-in (rotated) offers to sign in again, then opens the same page', async () => {
  const console = await openConsole(e2e, '/console/campaigns');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
  // the key is rotated on the collector: from now on every admin request is refused as the collector refuses it
  const refuse = '**/v1/admin/**';
  await page.route(refuse, (route) =>
    route.fulfill({ status: 401, json: { error: { code: 'invalid_key', message: 'the secret key is not known', field: 'key' } } }),
  );
  await press(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Experiments' }));
  const notice = page.getByRole('alert').filter({ hasText: 'no longer accepts the secret key' });
  await expect.poll(() => notice.count()).toBe(1);
  await press(notice.getByRole('button', { name: 'Sign in again' }));
  await expect.poll(() => page.getByLabel('Secret key').count()).toBe(1);
  expect(new URL(page.url()).pathname).toBe('/console/experiments');
  // signed in with the current key, the page asked for is back and the notice gone
  await page.unroute(refuse);
  await signIn(page);
  await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Experiments');
  expect(await notice.count()).toBe(0);
  await console.close();
});
