import { expect, test } from 'vitest';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

/** how long each widget's own file is held back on its way to the page */
const HELD_MS = 600;

test("the widgets' shared chunk is asked for alongside a widget's own file, not after it arrives (SPEC §11), by the content-hashed name the widget files import, cached for good", async () => {
  const context = await e2e.browser.newContext();
  let entryAnswered = false;
  let sharedAskedAt: 'before' | 'after' | undefined;
  // every widget's own file (widgets/<type>.js; `*` stops at a slash, so not the chunks under widgets/chunks/) comes late
  await context.route('**/sdk/widgets/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, HELD_MS));
    const response = await route.fetch();
    entryAnswered = true;
    await route.fulfill({ response });
  });
  const sharedChunks = new Map<string, string | undefined>();
  context.on('request', (request) => {
    if (request.url().includes('/sdk/widgets/chunks/shared')) sharedAskedAt ??= entryAnswered ? 'after' : 'before';
  });
  context.on('response', (response) => {
    if (response.url().includes('/sdk/widgets/chunks/shared')) sharedChunks.set(response.url(), response.headers()['cache-control']);
  });
  const page = await context.newPage();
  await page.goto(e2e.stack.demoUrl);
  await page.locator('[data-growthkit="checklist"]').getByText('Get started with Acme Docs').waitFor({ timeout: 10_000 });

  // a runtime that loaded only the widget's file would ask for the shared chunk once that file had arrived and was read
  expect(sharedAskedAt).toBe('before');
  // one shared chunk: the name the first script asked for is the one the widget files import (a second name would be a
  // second copy of Preact); a browser that keeps an old widget file keeps the chunk it was built with
  expect([...sharedChunks]).toEqual([[expect.stringMatching(/\/chunks\/shared-[\w-]{8}\.js$/), 'public, max-age=31536000, immutable']]);
  await context.close();
});
