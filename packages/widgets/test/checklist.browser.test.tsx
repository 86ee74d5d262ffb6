import { signal, type ReadonlySignal } from '@preact/signals';
import { h } from 'preact';
import { expect, test, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { mount } from '../src/checklist/index.ts';
import { mountWidget, type MountOptions } from '../src/index.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, place, shadowHost } from './browser-mount.ts';
import { checklistProps } from './checklist-fixture.ts';
import { contrast } from './contrast.ts';

function mountChecklist(options: MountOptions = {}, props = checklistProps()) {
  const { host, root } = mountInShadow(mount, props, options);
  const $ = <E extends Element = HTMLElement>(selector: string) => root.querySelector<E & HTMLElement>(selector)!;
  return { host, root, props, $ };
}

test('no WCAG 2.2 AA violations in light, dark, collapsed and completed states', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const { host, props } = mountChecklist({ theme });
    await nextFrame();
    expect(await violations(host), `${theme}, open`).toEqual([]);
    props.onToggle(true);
    await nextFrame();
    expect(await violations(host), `${theme}, collapsed`).toEqual([]);
    props.onToggle(false);
    for (const id of ['connect_drive', 'share_docs', 'profile_photo']) props.setStatus(id, 'done');
    props.setStatus('templates', 'skipped');
    await nextFrame();
    expect(host.shadowRoot!.querySelector('.party')).not.toBeNull();
    expect(await violations(host), `${theme}, completed`).toEqual([]);
    cleanups.pop()!();
  }
});

test('keyboard only: Tab order, Space marks done without losing focus, Enter toggles, Escape collapses to the launcher', async () => {
  const before = place(document.createElement('button'));
  before.textContent = 'Host button';
  const { root, props } = mountChecklist();
  await nextFrame();
  before.focus();
  const focused = () => root.activeElement as HTMLElement | null;
  const name = () => focused()?.getAttribute('aria-label') ?? focused()?.textContent;

  const order: (string | null | undefined)[] = [];
  for (let i = 0; i < 8; i++) {
    await userEvent.tab();
    order.push(name());
  }
  // a row reads as its visible number (done rows show a tick instead), the label and the status in words
  expect(order).toEqual([
    'Collapse',
    'Dismiss',
    'Create your first doc (Done)',
    'Invite a teammate (Done)',
    '3Connect Google Drive (To do)',
    'Connect',
    'Mark as done',
    'Skip',
  ]);

  await userEvent.tab({ shift: true });
  expect(name()).toBe('Mark as done');
  await userEvent.keyboard(' ');
  expect(props.onMarkDone).toHaveBeenCalledWith('connect_drive');
  await nextFrame();
  expect(name()).toBe('Connect Google Drive (Done)');
  expect(root.querySelector('[role="status"]')!.textContent).toBe('Connect Google Drive: done');
  expect(root.querySelector('.of')!.textContent).toBe('3 of 6');

  // the next open step opened by itself; Enter on a row toggles it
  await userEvent.tab();
  expect(name()).toBe('4Share two docs (To do)1 of 2');
  expect(focused()!.getAttribute('aria-expanded')).toBe('true');
  await userEvent.keyboard('{Enter}');
  expect(focused()!.getAttribute('aria-expanded')).toBe('false');
  await userEvent.keyboard('{Enter}');
  expect(focused()!.getAttribute('aria-expanded')).toBe('true');

  await userEvent.keyboard('{Escape}');
  expect(props.onToggle).toHaveBeenLastCalledWith(true);
  await nextFrame();
  expect(focused()!.classList.contains('launch')).toBe(true);
  expect(focused()!.getAttribute('aria-expanded')).toBe('false');
  expect(focused()!.textContent).toContain('Get started · 3/6');

  await userEvent.keyboard('{Enter}');
  await nextFrame();
  expect(props.onToggle).toHaveBeenLastCalledWith(false);
  expect(name()).toBe('Collapse');
});

test('a collapse or expand the runtime makes (not the user) leaves focus where it is', async () => {
  const before = place(document.createElement('button'));
  before.textContent = 'Host button';
  const { props } = mountChecklist();
  await nextFrame();
  before.focus();
  props.collapsed.value = true;
  await nextFrame();
  expect(document.activeElement).toBe(before);
  props.collapsed.value = false;
  await nextFrame();
  expect(document.activeElement).toBe(before);
});

test('the focus ring is visible and has at least 3:1 contrast in both themes', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const { $ } = mountChecklist({ theme });
    await nextFrame();
    $('.icon').focus(); // programmatic focus after no pointer use counts as :focus-visible in Chromium
    await userEvent.tab();
    const button = $('.icon:last-of-type');
    expect(button.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(contrast(style.outlineColor, getComputedStyle($('.card')).backgroundColor)).toBeGreaterThanOrEqual(3);
    cleanups.pop()!();
  }
});

const WATCHED = [
  'color',
  'font-size',
  'font-family',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'display',
  'margin-top',
  'padding-left',
  'background-color',
  'width',
  'box-sizing',
  'word-spacing',
  'cursor',
];
const snapshot = (elements: Element[]) =>
  elements.map((element) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(WATCHED.map((property) => [property, style.getPropertyValue(property)]));
  });

test('host page CSS does not reach into the widget', async () => {
  // a slot of a set width: the card takes its slot's width, which host CSS may change, as it may any block's
  const slot = place(document.createElement('div'));
  slot.style.cssText = 'display: block !important; width: 360px !important; padding: 0 !important';
  const root = shadowHost(slot);
  cleanups.push(mount(root, checklistProps(), { theme: 'light' }).unmount);
  const $ = (selector: string) => root.querySelector(selector)!;
  await nextFrame();
  const inside = ['.card', '.title', '.row', '.mark', '.label', '.btn', '.fill', '.of'].map($);
  const clean = snapshot(inside);
  const hostile = new CSSStyleSheet();
  hostile.replaceSync(`
    html { font-size: 40px !important; }
    * { color: red !important; font-size: 40px !important; font-family: serif !important; display: inline !important;
        line-height: 3 !important; letter-spacing: 4px !important; text-transform: uppercase !important;
        text-align: right !important; background-color: yellow !important; margin: 13px !important;
        padding: 11px !important; box-sizing: content-box !important; word-spacing: 9px !important;
        cursor: wait !important; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile];
  try {
    expect(getComputedStyle(document.body).color).toBe('rgb(255, 0, 0)'); // the hostile sheet is live
    expect(snapshot(inside)).toEqual(clean);
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostile);
  }
});

test('the widget CSS does not leak out to the host page', async () => {
  const list = place(document.createElement('ul'));
  list.innerHTML = '<li><button>Host button</button> <a href="#x">link</a> <p>text</p></li>';
  const hostElements = [list, ...list.querySelectorAll('*')];
  const clean = snapshot(hostElements);
  mountChecklist({ theme: 'dark' });
  await nextFrame();
  expect(snapshot(hostElements)).toEqual(clean);
});

test('no <style> element anywhere: every style is a constructed stylesheet (strict CSP)', async () => {
  const stylesBefore = document.querySelectorAll('style').length;
  const { root } = mountChecklist();
  await nextFrame();
  expect(root.querySelectorAll('style, link')).toHaveLength(0);
  expect(document.querySelectorAll('style').length).toBe(stylesBefore);
  // the kit's shared sheet, then the checklist's own
  expect(root.adoptedStyleSheets.length).toBe(2);
  expect(root.adoptedStyleSheets.every((sheet) => sheet.cssRules.length > 0)).toBe(true);
});

test('theme: data-theme on the host, "auto" follows the system colour scheme, --gk-* overridable by the host', async () => {
  const background = (theme: MountOptions['theme']) => {
    const { host, $ } = mountChecklist({ theme });
    return { host, value: () => getComputedStyle($('.card')).backgroundColor };
  };
  const light = background('light');
  const dark = background('dark');
  const auto = background('auto');
  expect(light.host.dataset.theme).toBe('light');
  expect(dark.host.dataset.theme).toBe('dark');
  expect(light.value()).toBe('rgb(255, 255, 255)');
  expect(dark.value()).toBe('rgb(27, 30, 41)');
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] });
  expect(auto.value()).toBe(light.value());
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  expect(auto.value()).toBe(dark.value());
  light.host.style.setProperty('--gk-bg', 'rgb(250, 240, 230)');
  expect(light.value()).toBe('rgb(250, 240, 230)');
});

test('the celebration animates, and nothing animates under prefers-reduced-motion', async () => {
  const done = () => {
    const props = checklistProps();
    for (const step of props.steps) props.setStatus(step.id, 'done');
    return mountChecklist({}, props);
  };
  const moving = done();
  expect(getComputedStyle(moving.$('.badge')).animationName).toContain('pop');
  expect(getComputedStyle(moving.$('.fill')).transitionDuration).not.toBe('0s');
  cleanups.pop()!();

  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
  expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
  const still = done();
  expect(getComputedStyle(still.$('.badge')).animationName).toBe('none');
  expect(getComputedStyle(still.$('.fill')).transitionDuration).toBe('0s');
});

test('a widget that throws removes itself and reports through onError; the host page sees no error', async () => {
  const pageErrors = vi.fn();
  window.addEventListener('error', pageErrors);
  const explode = signal(false);
  const Fragile = (props: { explode: ReadonlySignal<boolean> }) => {
    if (props.explode.value) throw new Error('widget bug');
    return <p>fine</p>;
  };
  const host = place(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  const onError = vi.fn();
  mountWidget(Fragile, '.fragile { color: red }')(root, { explode }, { theme: 'dark', onError });
  expect(root.textContent).toBe('fine');
  expect(root.adoptedStyleSheets).toHaveLength(2);

  explode.value = true;
  await expect.poll(() => onError.mock.calls.length).toBe(1);
  expect((onError.mock.calls[0][0] as Error).message).toBe('widget bug');
  await expect.poll(() => root.adoptedStyleSheets.length).toBe(0);
  expect(root.childNodes).toHaveLength(0);
  expect(host.hasAttribute('data-theme')).toBe(false);
  // a removed widget stays removed, whatever its owner writes next
  explode.value = false;
  await nextFrame();
  expect(root.childNodes).toHaveLength(0);

  const broken = place(document.createElement('div')).attachShadow({ mode: 'open' });
  const throwsAtOnce = () => {
    throw new Error('first render');
  };
  mountWidget(throwsAtOnce, '')(broken, {}, { onError });
  await expect.poll(() => onError.mock.calls.length).toBe(2);
  window.removeEventListener('error', pageErrors);
  expect(pageErrors).not.toHaveBeenCalled();
});

test('unmount removes the widget, its stylesheets and the theme attribute; a later signal write renders nothing', async () => {
  const host = place(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  const props = checklistProps();
  const widget = mount(root, props, { theme: 'light' });
  // stacking is the runtime's: a widget in a slot paints in the host's order
  expect(getComputedStyle(host).zIndex).toBe('auto');
  expect(root.querySelector('.card')).not.toBeNull();
  widget.unmount();
  expect(root.childNodes).toHaveLength(0);
  expect(root.adoptedStyleSheets).toHaveLength(0);
  expect(host.hasAttribute('data-theme')).toBe(false);
  props.setStatus('connect_drive', 'done');
  props.collapsed.value = true;
  await nextFrame();
  expect(root.childNodes).toHaveLength(0);
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(600, 700);
  for (const theme of ['light', 'dark'] as const) {
    const stage = place(document.createElement('div'));
    stage.style.cssText = `display: inline-block; width: 360px; padding: 32px; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
    const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    cleanups.push(mount(root, checklistProps(), { theme }).unmount);
    await nextFrame();
    expect(root.querySelector('.card')!.getBoundingClientRect().width).toBe(360);
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ element: stage, path: `../../../docs/checklist-${theme}.png` });
    }
  }
});
