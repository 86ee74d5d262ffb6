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

test('a corner card steps aside while the focused control of the page below is entirely behind it, and comes back as focus moves on or into it', async () => {
  await page.viewport(1024, 700);
  const { host, root, card } = await cornerPrompt('light');
  const box = card.getBoundingClientRect();
  // host controls: one wholly behind the card (as the value summary's "Last 30 days" was), one beside it
  const place = (label: string, left: number, top: number) => {
    const button = document.createElement('button');
    button.textContent = label;
    Object.assign(button.style, { position: 'fixed', left: `${left}px`, top: `${top}px` });
    document.body.prepend(button);
    cleanups.push(() => button.remove());
    return button;
  };
  const behind = place('Last 30 days', box.left + 20, box.top + 40);
  const beside = place('Since signup', 20, 20);
  /** whether any of the element's box is still painted under nothing of ours: what a sighted keyboard user sees */
  const visible = (element: Element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return [
      [left + 1, top + 1],
      [right - 1, top + 1],
      [left + 1, bottom - 1],
      [right - 1, bottom - 1],
      [(left + right) / 2, (top + bottom) / 2],
    ].some(([x, y]) => document.elementFromPoint(x, y) === element);
  };
  const settled = () => Promise.all(root.getAnimations().map((animation) => animation.finished));

  beside.focus();
  await settled();
  expect(visible(beside)).toBe(true);
  expect(root.querySelector('.kit')!.getBoundingClientRect().top).toBeCloseTo(box.top, 0);

  await userEvent.tab();
  expect(document.activeElement).toBe(behind);
  await nextFrame();
  await settled();
  expect(visible(behind), 'the focused control is not hidden').toBe(true);

  // on to the card itself (after the page's controls in the Tab order): it comes back, whole and as it was
  await userEvent.tab();
  expect(root.activeElement?.getAttribute('aria-label')).toBe('Dismiss');
  await nextFrame();
  await settled();
  expect(host.hasAttribute('data-aside')).toBe(false);
  expect(card.getBoundingClientRect().top).toBeCloseTo(box.top, 0);
  expect(root.querySelector('h2')!.textContent).toBe(renewalProps().view.value!.title);

  // back to the control behind it, then away: the card steps aside, then returns
  await userEvent.tab({ shift: true });
  expect(document.activeElement).toBe(behind);
  await nextFrame();
  await settled();
  expect(visible(behind)).toBe(true);
  beside.focus();
  await nextFrame();
  await settled();
  expect(card.getBoundingClientRect().top).toBeCloseTo(box.top, 0);
});
