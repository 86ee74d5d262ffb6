import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount } from '../src/renewal/index.ts';
import { violations } from './axe-violations.ts';
import { cleanups, nextFrame } from './browser-mount.ts';
import { renewalProps } from './renewal-fixture.ts';

/** The renewal prompt with its whole recap, in a corner as the runtime places it (mount/widget-host.ts). */
async function cornerPrompt(theme: 'light' | 'dark') {
  const host = document.createElement('div');
  host.setAttribute('data-growthkit-widget', 'corner-end');
  Object.assign(host.style, { position: 'fixed', insetBlockEnd: '16px', insetInlineEnd: '16px' });
  document.body.append(host);
  cleanups.push(() => host.remove());
  const root = host.attachShadow({ mode: 'open' });
  cleanups.push(mount(root, renewalProps(), { theme }).unmount);
  await nextFrame();
  return { host, root, card: root.querySelector('.card')! };
}

test('on a 375 × 667 phone a corner card covers at most half the screen; its content scrolls; Tab brings the offer into view; axe finds nothing', async () => {
  await page.viewport(375, 667);
  for (const theme of ['light', 'dark'] as const) {
    const { host, root, card } = await cornerPrompt(theme);
    const box = card.getBoundingClientRect();
    expect(box.height, theme).toBeLessThanOrEqual(667 / 2 + 0.5);
    // the whole prompt is still there, below the fold of the card
    expect(card.scrollHeight, theme).toBeGreaterThan(card.clientHeight);
    await userEvent.tab();
    expect(root.activeElement?.getAttribute('aria-label')).toBe('Dismiss');
    await userEvent.tab();
    expect(root.activeElement?.textContent).toBe('Switch to monthly');
    const offer = root.activeElement!.getBoundingClientRect();
    expect([offer.top >= box.top, offer.bottom <= box.bottom + 0.5], `${theme}: the focused offer is in view`).toEqual([true, true]);
    expect(await violations(host), theme).toEqual([]);
    while (cleanups.length) cleanups.pop()!();
  }
});

test('on a wide screen the corner card shows its whole content unless it is taller than half the viewport', async () => {
  await page.viewport(1280, 1000);
  const { card } = await cornerPrompt('light');
  expect(card.scrollHeight).toBe(card.clientHeight);
});
