import { expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount } from '../src/upsell/index.ts';
import type { MountOptions } from '../src/index.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, place } from './browser-mount.ts';
import { basicOffers, upsellProps } from './upsell-fixture.ts';

function mountUpsell(options: MountOptions = {}, props = upsellProps()) {
  return mountInShadow(mount, props, options);
}

test('no WCAG 2.2 AA violations with and without a testimonial, in light and dark', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const { host, props } = mountUpsell({ theme });
    await nextFrame();
    expect(await violations(host), `${theme}, testimonial`).toEqual([]);
    props.offer.value = basicOffers()[1];
    await nextFrame();
    expect(await violations(host), `${theme}, link offer`).toEqual([]);
    cleanups.pop()!();
  }
});

test('keyboard only: Enter on "Not interested" takes the card off; no next offer lands under focus to be dismissed by Enter again', async () => {
  const { root, props } = mountUpsell();
  await nextFrame();
  await userEvent.tab();
  expect(root.activeElement?.getAttribute('aria-label')).toBe('Not interested');
  await userEvent.tab();
  expect(root.activeElement?.textContent).toBe('Try Growth free');
  await userEvent.keyboard('{Enter}');
  expect(props.onAction).toHaveBeenCalledWith('basic-automation');
  await userEvent.tab({ shift: true });
  await userEvent.keyboard('{Enter}');
  expect(props.onDismiss).toHaveBeenCalledWith('basic-automation');
  await nextFrame();
  expect(root.querySelector('h2')).toBeNull();
  await userEvent.keyboard('{Enter}');
  expect(props.onDismiss).toHaveBeenCalledOnce();
});

test('a trait holding markup shows as text and never runs', async () => {
  const alert = vi.spyOn(window, 'alert').mockImplementation(() => undefined);
  const { root } = mountUpsell({}, upsellProps(basicOffers('<img src=x onerror=alert(1)>')));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(root.querySelector('h2')!.textContent).toBe('<img src=x onerror=alert(1)>, automate your weekly reports');
  expect(root.querySelector('img')).toBeNull();
  expect(alert).not.toHaveBeenCalled();
  alert.mockRestore();
});

test('the quote stands upright in every language: no synthetic italic slanting Chinese, Japanese or Korean glyphs', async () => {
  const slant = async (locale: string) => {
    const { root } = mountUpsell({}, upsellProps(basicOffers(), { locale }));
    await nextFrame();
    return getComputedStyle(root.querySelector('blockquote')!).fontStyle;
  };
  const locales = ['zh-CN', 'ja', 'ko', 'en'];
  const slants = await Promise.all(locales.map(slant));
  expect(Object.fromEntries(locales.map((locale, i) => [locale, slants[i]]))).toEqual({
    'zh-CN': 'normal',
    ja: 'normal',
    ko: 'normal',
    en: 'normal',
  });
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(600, 500);
  const zh = [
    {
      id: 'basic-automation',
      title: '自动生成每周报告',
      value: '每月约节省 10 小时',
      testimonial: { quote: '以前周一的报告要花半天，现在站会前就已发到每个人的邮箱。', author: 'Priya N., Head of Ops at Northwind' },
      action: { label: '免费试用成长版', action: 'start_trial' },
    },
  ];
  const shots = [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'zh-CN'],
  ] as const;
  for (const [theme, locale] of shots) {
    const stage = place(document.createElement('div'));
    stage.style.cssText = `display: inline-block; width: 420px; padding: 32px; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
    const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const props = locale === 'en' ? upsellProps() : upsellProps(zh, { locale, heading: '为你推荐' });
    cleanups.push(mount(root, props, { theme }).unmount);
    await nextFrame();
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ element: stage, path: `../../../docs/upsell-${theme}${locale === 'en' ? '' : '-zh-CN'}.png` });
    }
  }
});
