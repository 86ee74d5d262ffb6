import { expect, test } from 'vitest';
import { openConsole, signIn } from '../support/console-page.ts';
import { openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

// a screen reader reads a word in the voice of its element's language: "简体中文" marked as English is read as gibberish

test('the console marks its Chinese words as Chinese: the form’s label for the Chinese title and the preview’s language', async () => {
  const console = await openConsole(e2e, '/console/campaigns/onboarding');
  const { page } = console;
  await signIn(page);
  const label = page.locator('label[for="field-title-zh"]');
  await expect.poll(() => label.count()).toBe(1);
  expect(await label.getByText('简体中文').evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN');
  // the field keeps its name
  expect(await page.getByLabel('Title (简体中文)').count()).toBe(1);

  await page.getByRole('link', { name: 'Preview' }).click();
  const chinese = page.getByLabel('Language').locator('option', { hasText: '简体中文' });
  await expect.poll(() => chinese.count()).toBe(1);
  expect(await chinese.getAttribute('lang')).toBe('zh-CN');
  expect(console.problems).toEqual([]);
  await console.close();
});

test('the demo’s language switcher marks 简体中文 as Chinese', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const chinese = demo.page.locator('#locale option', { hasText: '简体中文' });
  expect(await chinese.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe('zh-CN');
  await demo.close();
});
