import { expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { mount } from '../src/quota/index.ts';
import type { MountOptions } from '../src/index.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, place } from './browser-mount.ts';
import { quotaProps, QUOTA_ZH } from './quota-fixture.ts';

function mountQuota(options: MountOptions = {}, props = quotaProps()) {
  return mountInShadow(mount, props, options);
}

/** entry animations fade in: contrast is measured at rest */
const settled = async (root: ShadowRoot) => {
  await nextFrame();
  await Promise.all(root.getAnimations().map((animation) => animation.finished));
};

test('no WCAG 2.2 AA violations for the banner, the full banner and the dialog, in light and dark', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const { host, root, props } = mountQuota({ theme });
    await settled(root);
    expect(await violations(host), `${theme}, banner`).toEqual([]);
    props.usage.value = { used: 5, limit: 5 };
    await settled(root);
    expect(await violations(host), `${theme}, full banner`).toEqual([]);
    props.show.value = 'dialog';
    await settled(root);
    expect(await violations(host), `${theme}, dialog`).toEqual([]);
    cleanups.pop()!();
  }
});

test('the banner never takes focus; keyboard reaches Upgrade and Dismiss', async () => {
  const before = place(document.createElement('button'));
  before.textContent = 'Host button';
  before.focus();
  const { root, props } = mountQuota();
  await nextFrame();
  expect(document.activeElement).toBe(before);
  await userEvent.tab();
  expect(root.activeElement?.textContent).toBe('Upgrade');
  await userEvent.keyboard('{Enter}');
  expect(props.onUpgrade).toHaveBeenCalledOnce();
  await userEvent.tab();
  expect(root.activeElement?.getAttribute('aria-label')).toBe('Dismiss');
  await userEvent.keyboard(' ');
  expect(props.onDismiss).toHaveBeenCalledWith('warn');
});

test('the banner is heard as it arrives: its live region is on the page empty, then speaks; a new amount at the same level says nothing, the limit does', async () => {
  const root = place(document.createElement('div')).attachShadow({ mode: 'open' });
  /** the live region's words the moment it entered the page */
  const atInsertion: string[] = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        for (const region of (node as Element).querySelectorAll?.('[role=status]') ?? []) atInsertion.push(region.textContent ?? '');
  }).observe(root, { childList: true, subtree: true });
  const props = quotaProps();
  cleanups.push(mount(root, props, {}).unmount);
  const said = () => root.querySelector('[role=status]')!.textContent;
  await expect.poll(said).toBe("Storage: You've used 4.1 of 5 GB (82%)");
  expect(atInsertion).toEqual(['']);
  props.usage.value = { used: 4.4, limit: 5 };
  await nextFrame();
  await nextFrame();
  expect(root.querySelector('.usage')!.textContent).toContain('4.4 of 5 GB');
  expect(said()).toBe("Storage: You've used 4.1 of 5 GB (82%)");
  props.usage.value = { used: 5, limit: 5 };
  await expect.poll(said).toBe("Storage: You've used 5 of 5 GB (100%)");
});

test('dialog, keyboard only: focus moves in, Tab and Shift+Tab stay inside, Escape closes, focus returns', async () => {
  const opener = place(document.createElement('button'));
  opener.textContent = 'Upload file';
  opener.focus();
  const props = quotaProps();
  const { root } = mountQuota({}, props);
  props.usage.value = { used: 5, limit: 5 };
  props.show.value = 'dialog';
  const name = () => root.activeElement?.getAttribute('aria-label') ?? root.activeElement?.textContent;
  // the dialog takes focus once it has rendered from the signal, a frame or two later on a loaded machine
  await expect.poll(name).toBe('Close');
  const order: (string | null | undefined)[] = [];
  for (let i = 0; i < 4; i++) {
    await userEvent.tab();
    order.push(name());
  }
  expect(order).toEqual(['Upgrade to Growth', 'Try it free for 7 days', 'Not now', 'Close']);
  await userEvent.tab({ shift: true });
  expect(name()).toBe('Not now');
  await userEvent.tab();
  await userEvent.tab();
  expect(name()).toBe('Upgrade to Growth');
  await userEvent.keyboard('{Enter}');
  expect(props.onUpgrade).toHaveBeenCalledOnce();
  await userEvent.keyboard('{Escape}');
  expect(props.onDismiss).toHaveBeenCalledWith('limit');
  await nextFrame();
  expect(root.querySelector('[role="dialog"]')).toBeNull();
  expect(document.activeElement).toBe(opener);
});

test('the dialog covers the viewport over the page; nothing animates under reduced motion', async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  const props = quotaProps();
  props.show.value = 'dialog';
  const { root } = mountQuota({}, props);
  await nextFrame();
  const backdrop = root.querySelector('.backdrop')!.getBoundingClientRect();
  expect([backdrop.width, backdrop.height]).toEqual([innerWidth, innerHeight]);
  expect(getComputedStyle(root.querySelector('.dialog')!).animationName).toBe('none');
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(900, 640);
  const shots = [
    ['light', 'en', 'banner'],
    ['dark', 'en', 'banner'],
    ['light', 'en', 'dialog'],
    ['dark', 'en', 'dialog'],
    ['light', 'zh-CN', 'dialog'],
  ] as const;
  for (const [theme, locale, show] of shots) {
    document.body.style.cssText = `margin: 0; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
    const stage = place(document.createElement('div'));
    stage.style.cssText = `position: relative; width: 900px; height: ${show === 'banner' ? 96 : 640}px; overflow: hidden`;
    const props = quotaProps(locale === 'zh-CN' ? QUOTA_ZH : {});
    props.show.value = show;
    if (show === 'dialog') props.usage.value = { used: 5, limit: 5 };
    const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    cleanups.push(mount(root, props, { theme }).unmount);
    await settled(root);
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ element: stage, path: `../../../docs/quota-${show}-${theme}${locale === 'en' ? '' : '-zh-CN'}.png` });
    }
    cleanups.pop()!();
    cleanups.pop()!();
  }
  document.body.style.cssText = '';
});
