import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount } from '../src/renewal/index.ts';
import type { MountOptions } from '../src/index.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, place } from './browser-mount.ts';
import { renewalProps, winBackView, zhRenewalView } from './renewal-fixture.ts';

function mountRenewal(options: MountOptions = {}, props = renewalProps()) {
  return mountInShadow(mount, props, options);
}

test('no WCAG 2.2 AA violations in the renewal prompt and the win-back, in light and dark, in en and zh-CN', async () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, props] of [
      ['renewal', renewalProps()],
      ['win-back', renewalProps(winBackView())],
      ['zh-CN', renewalProps(zhRenewalView(), 'zh-CN')],
    ] as const) {
      const { host } = mountRenewal({ theme }, props);
      await nextFrame();
      expect(await violations(host), `${theme}, ${name}`).toEqual([]);
      cleanups.pop()!();
    }
  }
});

test('keyboard only: Tab reaches the close button, then the offer; Enter accepts, and Enter on close dismisses', async () => {
  const { root, props } = mountRenewal();
  await nextFrame();
  await userEvent.tab();
  expect(root.activeElement?.getAttribute('aria-label')).toBe('Dismiss');
  await userEvent.tab();
  expect(root.activeElement?.textContent).toBe('Switch to monthly');
  await userEvent.keyboard('{Enter}');
  expect(props.onAccept).toHaveBeenCalledWith('flexible-billing');
  cleanups.pop()!();

  const again = mountRenewal();
  await nextFrame();
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  expect(again.props.onDismiss).toHaveBeenCalledOnce();
  await nextFrame();
  expect(again.root.querySelector('section')).toBeNull();
});

test('reads in zh-CN: the recap, what is new and the close button in Chinese', async () => {
  const { root } = mountRenewal({}, renewalProps(zhRenewalView(), 'zh-CN'));
  await nextFrame();
  expect([...root.querySelectorAll('.recap dt')].map((label) => label.textContent)).toEqual([
    '近 30 天节省',
    '价值评分',
    '已用功能',
    '活跃席位',
  ]);
  expect(root.querySelector('.recap dd')!.textContent).toBe('3小时25分钟');
  expect(root.querySelector('h3')!.textContent).toBe('新功能');
  expect(root.querySelector('button')!.getAttribute('aria-label')).toBe('关闭');
  expect(root.querySelector('.kit')!.getAttribute('lang')).toBe('zh-CN');
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(600, 800);
  const shots = [
    ['light', 'en', ''],
    ['dark', 'en', ''],
    ['light', 'zh-CN', ''],
    ['dark', 'zh-CN', ''],
    ['light', 'en', 'win-back'],
  ] as const;
  for (const [theme, locale, variant] of shots) {
    const stage = place(document.createElement('div'));
    stage.style.cssText = `display: inline-block; width: 420px; padding: 32px; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
    const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    let props = renewalProps();
    if (variant) props = renewalProps(winBackView());
    else if (locale === 'zh-CN') props = renewalProps(zhRenewalView(), locale);
    cleanups.push(mount(root, props, { theme }).unmount);
    await nextFrame();
    const name = ['renewal', variant, theme, locale === 'en' ? '' : locale].filter(Boolean).join('-');
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') await page.screenshot({ element: stage, path: `../../../docs/${name}.png` });
  }
});
