import { expect, test } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { mount as mountAha } from '../src/aha/index.ts';
import { mount as mountValue } from '../src/value-summary/index.ts';
import type { Mount, MountOptions } from '../src/index.ts';
import { ahaProps, zhAha } from './aha-fixture.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, shadowHost } from './browser-mount.ts';
import { fixtureSummary, valueProps } from './value-summary-fixture.ts';

test('no WCAG 2.2 AA violations for both widgets, light and dark, in progress and finished', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const options: MountOptions = { theme };
    const aha = ahaProps();
    const ahaRoot = mountInShadow(mountAha, aha, options).root;
    const value = valueProps();
    const valueRoot = mountInShadow(mountValue, value, options).root;
    await nextFrame();
    expect(await violations(ahaRoot.host), `aha ${theme}`).toEqual([]);
    expect(await violations(valueRoot.host), `value ${theme}`).toEqual([]);
    aha.advance(50);
    value.onPeriod('week');
    await nextFrame();
    expect(ahaRoot.querySelector('.party button')).not.toBeNull();
    expect(await violations(ahaRoot.host), `aha ${theme}, goal`).toEqual([]);
    expect(await violations(valueRoot.host), `value ${theme}, week`).toEqual([]);
    while (cleanups.length) cleanups.pop()!();
  }
});

test('value summary: the formatted total, change and contributors in English and Simplified Chinese', async () => {
  const read = async (locale: string) => {
    const props = valueProps({ locale });
    const { root } = mountInShadow(mountValue, props, { theme: 'light' });
    await nextFrame();
    const texts = (selector: string) => [...root.querySelectorAll(selector)].map((element) => element.textContent);
    return {
      root,
      props,
      total: texts('.total strong')[0],
      trend: texts('.trend')[0],
      values: texts('.value'),
      counts: texts('.count'),
      labels: texts('.label'),
      periods: texts('.periods button'),
    };
  };
  const en = await read('en');
  // 840 minutes in the last 30 days, 600 the 30 before: +40%
  expect(en.total).toBe('14 hr');
  expect(en.trend).toBe('40% more than the 30 days before');
  expect(en.labels).toEqual(['Reports generated', 'Docs created', 'Teammates invited']);
  expect(en.values).toEqual(['10 hr', '3 hr, 20 min', '30 min']);
  expect(en.counts).toEqual(['30×', '40×', '3×']);
  expect(en.periods).toEqual(['Last 7 days', 'Last 30 days', 'Since signup']);
  en.props.onPeriod('signup');
  await nextFrame();
  expect(en.root.querySelector('.total strong')!.textContent).toBe('24 hr, 40 min');

  const zh = await read('zh-CN');
  expect(zh.total).toBe('14小时');
  expect(zh.trend).toBe('比之前 30 天多 40%');
  expect(zh.labels).toEqual(['生成的报告', '创建的文档', '邀请的同事']);
  expect(zh.values).toEqual(['10小时', '3小时20分钟', '30分钟']);
  expect(zh.counts).toEqual(['30 次', '40 次', '3 次']);
  expect(zh.periods).toEqual(['近 7 天', '近 30 天', '注册以来']);

  // money: the locale's currency format
  const money = shadowHost();
  const inDollars = valueProps({ locale: 'zh-CN' });
  inDollars.summary.value = { ...fixtureSummary('month'), unit: 'USD', total: 1234.5, contributors: [] };
  cleanups.push(mountValue(money, inDollars, {}).unmount);
  await nextFrame();
  expect(money.querySelector('.total strong')!.textContent).toBe('US$1,234.50');
});

test('markup in a trait or placeholder shows as text and never becomes an element', async () => {
  const evil = '<img src=x onerror="window.__gkInjected=1">';
  const aha = shadowHost();
  cleanups.push(mountAha(aha, ahaProps({ title: `Welcome ${evil}`, body: evil }), {}).unmount);
  const value = shadowHost();
  cleanups.push(mountValue(value, valueProps({ title: `Hi ${evil}`, body: evil }), {}).unmount);
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const root of [aha, value]) expect(root.querySelector('img')).toBeNull();
  expect(aha.querySelector('h2')!.textContent).toBe(`Welcome ${evil}`);
  expect(value.querySelector('h2')!.textContent).toBe(`Hi ${evil}`);
  expect((window as { __gkInjected?: number }).__gkInjected).toBeUndefined();
});

test('keyboard only: Tab reaches dismiss, the period switch and the CTA; Space switches; "Got it" works from the keyboard', async () => {
  const value = valueProps();
  const { root } = mountInShadow(mountValue, value, {});
  const aha = ahaProps();
  const ahaRoot = mountInShadow(mountAha, aha, {}).root;
  await nextFrame();
  const before = document.body.insertBefore(document.createElement('button'), document.body.firstChild);
  cleanups.push(() => before.remove());
  before.focus();
  const names: (string | null)[] = [];
  for (let i = 0; i < 5; i++) {
    await userEvent.tab();
    const focused = root.activeElement;
    names.push(focused ? (focused.getAttribute('aria-label') ?? focused.textContent) : null);
  }
  expect(names).toEqual(['Dismiss', 'Last 7 days', 'Last 30 days', 'Since signup', 'Share with my team']);
  await userEvent.tab({ shift: true });
  await userEvent.tab({ shift: true });
  await userEvent.tab({ shift: true });
  await userEvent.keyboard(' ');
  expect(value.onPeriod).toHaveBeenCalledWith('week');
  await nextFrame();
  expect(root.activeElement!.getAttribute('aria-pressed')).toBe('true');

  aha.advance(50);
  await nextFrame();
  (ahaRoot.querySelector('.icon') as HTMLElement).focus();
  await userEvent.tab();
  expect(ahaRoot.activeElement!.textContent).toBe('Got it');
  await userEvent.keyboard('{Enter}');
  expect(aha.onAcknowledge).toHaveBeenCalledTimes(1);
});

test('reduced motion: no badge animation or bar transition', async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  const root = shadowHost();
  cleanups.push(mountAha(root, ahaProps(), {}).unmount);
  await nextFrame();
  expect(getComputedStyle(root.querySelector('.earned .medal')!).animationName).toBe('none');
  expect(getComputedStyle(root.querySelector('.fill')!).transitionDuration).toBe('0s');
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(900, 700);
  const zhValue = {
    locale: 'zh-CN',
    title: '本月你节省了 14 小时',
    body: '这些是你原本需要手动整理报告和文档的时间。',
    cta: { label: '分享给团队', action: 'share' },
  };
  const shots = [
    { name: 'aha', mount: mountAha as Mount<never>, props: { en: () => ahaProps(), 'zh-CN': () => ({ ...ahaProps(zhAha), ...zhAha }) } },
    { name: 'value-summary', mount: mountValue as Mount<never>, props: { en: () => valueProps(), 'zh-CN': () => valueProps(zhValue) } },
  ];
  for (const shot of shots) {
    for (const theme of ['light', 'dark'] as const) {
      for (const [locale, props] of Object.entries(shot.props)) {
        if (locale !== 'en' && theme === 'dark') continue;
        const stage = document.body.appendChild(document.createElement('div'));
        cleanups.push(() => stage.remove());
        stage.style.cssText = `display: inline-block; width: 360px; padding: 32px; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
        const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
        cleanups.push(shot.mount(root, props() as never, { theme }).unmount);
        await nextFrame();
        // the earned badges pop in: the picture is taken once they are at rest, not at a point in the animation
        await Promise.all(root.getAnimations().map((animation) => animation.finished));
        expect(root.querySelector('.card')!.getBoundingClientRect().width).toBe(360);
        if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
          const suffix = locale === 'en' ? theme : `${theme}-${locale}`;
          await page.screenshot({ element: stage, path: `../../../docs/${shot.name}-${suffix}.png` });
        }
        stage.remove();
      }
    }
  }
});
