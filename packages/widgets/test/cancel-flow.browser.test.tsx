import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount } from '../src/cancel-flow/index.ts';
import type { MountOptions } from '../src/index.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, place } from './browser-mount.ts';
import { cancelFlowProps } from './cancel-flow-fixture.ts';

function mountFlow(options: MountOptions = {}, props = cancelFlowProps()) {
  return mountInShadow(mount, props, options);
}

/** entry animations fade in: contrast is measured at rest */
const settled = async (root: ShadowRoot) => {
  await nextFrame();
  await Promise.all(root.getAnimations().map((animation) => animation.finished));
};

/** the focused control's name, as a screen reader would say it */
const focused = (root: ShadowRoot) => {
  const active = root.activeElement as HTMLElement | null;
  return active?.getAttribute('aria-label') ?? (active?.tagName === 'INPUT' ? active.parentElement?.textContent : active?.textContent);
};

test('no WCAG 2.2 AA violations on each step, in light and dark', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const { host, root } = mountFlow({ theme });
    await settled(root);
    expect(await violations(host), `${theme}, reason`).toEqual([]);
    root.querySelectorAll('input')[5].click();
    await settled(root);
    expect(await violations(host), `${theme}, reason with words`).toEqual([]);
    root.querySelectorAll('input')[0].click();
    await nextFrame();
    (root.querySelector('.choices .btn') as HTMLButtonElement).click();
    await settled(root);
    expect(root.querySelector('h2')!.textContent).toBe('Stay for half the price');
    expect(await violations(host), `${theme}, offer`).toEqual([]);
    (root.querySelectorAll('.choices .btn')[1] as HTMLButtonElement).click();
    await settled(root);
    expect(root.querySelector('h2')!.textContent).toBe('Cancel your subscription?');
    expect(await violations(host), `${theme}, confirmation`).toEqual([]);
    cleanups.pop()!();
  }
});

test('keyboard only: reason by arrow keys, the offer, on to the confirmation; focus stays in the dialog', async () => {
  const opener = place(document.createElement('button'));
  opener.textContent = 'Cancel subscription';
  opener.focus();
  const props = cancelFlowProps();
  const { root } = mountFlow({}, props);
  await expect.poll(() => focused(root)).toBe('Close');
  await userEvent.tab();
  expect(focused(root)).toBe("It's too expensive");
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  expect(focused(root)).toBe("It's hard to use");
  expect((root.activeElement as HTMLInputElement).checked).toBe(true);
  await userEvent.tab();
  expect(focused(root)).toBe('Continue cancelling');
  // past the last control focus wraps to the first, both ways
  await userEvent.tab();
  expect(focused(root)).toBe('Close');
  await userEvent.tab({ shift: true });
  expect(focused(root)).toBe('Continue cancelling');
  await userEvent.keyboard('{Enter}');
  await nextFrame();
  // the new step's heading takes focus, so it is read out
  expect(root.activeElement?.textContent).toBe('Let us set it up with you');
  expect(props.onOffer).toHaveBeenCalledWith({ reason: 'hard_to_use' }, 'setup-call');
  await userEvent.tab();
  expect(focused(root)).toBe('Book a call');
  await userEvent.tab();
  expect(focused(root)).toBe('Continue cancelling');
  await userEvent.keyboard(' ');
  await nextFrame();
  expect(root.activeElement?.textContent).toBe('Cancel your subscription?');
  await userEvent.tab();
  expect(focused(root)).toBe('Confirm cancellation');
  await userEvent.keyboard('{Enter}');
  expect(props.onConfirm).toHaveBeenCalledExactlyOnceWith({ reason: 'hard_to_use' }, 'setup-call');
});

test('Escape on any step closes without a decision, and focus returns to the page', async () => {
  const opener = place(document.createElement('button'));
  opener.textContent = 'Cancel subscription';
  opener.focus();
  const props = cancelFlowProps();
  const { root } = mountFlow({}, props);
  await expect.poll(() => focused(root)).toBe('Close');
  await userEvent.tab();
  await userEvent.keyboard(' ');
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  await nextFrame();
  expect(root.activeElement?.textContent).toBe('Stay for half the price');
  await userEvent.keyboard('{Escape}');
  expect(props.onDismiss).toHaveBeenCalledOnce();
  expect(props.onAccept).not.toHaveBeenCalled();
  cleanups.pop()!();
  expect(document.activeElement).toBe(opener);
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(900, 640);
  const shots = [
    ['light', 'en', 'reason'],
    ['dark', 'en', 'reason'],
    ['light', 'en', 'offer'],
    ['dark', 'en', 'offer'],
    ['light', 'zh-CN', 'reason'],
    ['dark', 'zh-CN', 'offer'],
  ] as const;
  for (const [theme, locale, step] of shots) {
    document.body.style.cssText = `margin: 0; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
    const stage = place(document.createElement('div'));
    stage.style.cssText = 'position: relative; width: 900px; height: 640px; overflow: hidden; transform: translateZ(0)';
    const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    cleanups.push(mount(root, cancelFlowProps(locale), { theme }).unmount);
    await settled(root);
    root.querySelectorAll('input')[step === 'reason' ? 5 : 0].click();
    await nextFrame();
    if (step === 'offer') (root.querySelector('.choices .btn') as HTMLButtonElement).click();
    await settled(root);
    (root.activeElement as HTMLElement | null)?.blur();
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ element: stage, path: `../../../docs/cancel-flow-${step}-${theme}${locale === 'en' ? '' : '-zh-CN'}.png` });
    }
    cleanups.pop()!();
    cleanups.pop()!();
  }
  document.body.style.cssText = '';
});

test('choosing "Something else" opens the text box below without moving the dialog: its top edge stays', async () => {
  await page.viewport(1280, 800);
  const { root } = mountFlow();
  await settled(root);
  const top = () => root.querySelector('.dialog')!.getBoundingClientRect().top;
  const before = top();
  const height = root.querySelector('.dialog')!.getBoundingClientRect().height;
  root.querySelectorAll('input')[5].click();
  await settled(root);
  expect(root.querySelector('textarea')).not.toBeNull();
  expect(root.querySelector('.dialog')!.getBoundingClientRect().height).toBeGreaterThan(height + 40);
  expect(top()).toBe(before);
});
