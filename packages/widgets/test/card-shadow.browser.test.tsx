import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { mount as mountChecklist } from '../src/checklist/index.ts';
import type { Mount } from '../src/index.ts';
import { mount as mountRenewal } from '../src/renewal/index.ts';
import { mount as mountUpsell } from '../src/upsell/index.ts';
import { mount as mountValue } from '../src/value-summary/index.ts';
import { cleanups, nextFrame, place } from './browser-mount.ts';
import { checklistProps } from './checklist-fixture.ts';
import { renewalProps } from './renewal-fixture.ts';
import { upsellProps } from './upsell-fixture.ts';
import { valueProps } from './value-summary-fixture.ts';

/** the card's shadow, mounted in a host named as the runtime names it: "" in a slot, the floating place otherwise */
async function shadowOf<P>(mount: Mount<P>, props: P, where: string) {
  const host = place(document.createElement('div'));
  host.setAttribute('data-growthkit-widget', where);
  const root = host.attachShadow({ mode: 'open' });
  cleanups.push(mount(root, props, { theme: 'light' }).unmount);
  await nextFrame();
  return getComputedStyle(root.querySelector('.card, .offer')!).boxShadow;
}

test('cards side by side in slots look alike: none floats with a shadow; a corner card does', async () => {
  await page.viewport(1280, 800);
  expect(await shadowOf(mountValue, valueProps(), '')).toBe('none');
  expect(await shadowOf(mountChecklist, checklistProps(), '')).toBe('none');
  expect(await shadowOf(mountUpsell, upsellProps(), '')).toBe('none');
  expect(await shadowOf(mountRenewal, renewalProps(), 'corner-end')).toContain('0px 12px 32px');
  expect(await shadowOf(mountUpsell, upsellProps(), 'corner-start')).toContain('0px 12px 32px');
});
