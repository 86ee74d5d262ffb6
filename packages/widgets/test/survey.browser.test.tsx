import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { MountOptions } from '../src/index.ts';
import { mount } from '../src/survey/index.ts';
import type { SurveyProps } from '../src/survey/props.ts';
import { violations } from './axe-violations.ts';
import { cleanups, mountInShadow, nextFrame, place } from './browser-mount.ts';
import { choiceProps, npsProps } from './survey-fixture.ts';

const mountSurvey = (options: MountOptions = {}, props = npsProps()) => mountInShadow(mount, props, options);

test('no WCAG 2.2 AA violations: the scale, the follow-up, the thank-you and the choice question, in light and dark', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const { host, root } = mountSurvey({ theme });
    await nextFrame();
    expect(await violations(host), `${theme}, scale`).toEqual([]);
    root.querySelectorAll('input')[4].click();
    await nextFrame();
    expect(await violations(host), `${theme}, follow-up`).toEqual([]);
    root.querySelector<HTMLButtonElement>('.btn')!.click();
    await nextFrame();
    expect(await violations(host), `${theme}, thanks`).toEqual([]);
    cleanups.pop()!();
    const choice = mountSurvey({ theme }, choiceProps());
    await nextFrame();
    choice.root.querySelector('input')!.click();
    await nextFrame();
    expect(await violations(choice.host), `${theme}, choice`).toEqual([]);
    cleanups.pop()!();
  }
});

test('keyboard only: Tab to the scale, arrows move the score, Tab to the follow-up, type, Send; the focus lands on the thanks', async () => {
  const { root, props } = mountSurvey();
  await nextFrame();
  await userEvent.tab();
  expect(root.activeElement?.getAttribute('aria-label')).toBe('Dismiss');
  await userEvent.tab();
  await userEvent.keyboard(' ');
  await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
  await nextFrame();
  expect((root.activeElement as HTMLInputElement).checked).toBe(true);
  expect(root.activeElement?.closest('label')?.textContent).toBe('3');
  await userEvent.tab();
  expect(root.activeElement?.tagName).toBe('TEXTAREA');
  await userEvent.keyboard('Too slow');
  await userEvent.tab();
  await userEvent.keyboard('{Enter}');
  await nextFrame();
  expect(props.onAnswer).toHaveBeenCalledExactlyOnceWith({ score: 3, text: 'Too slow' });
  expect(root.activeElement?.textContent).toBe('Thank you for your answer!');
  await userEvent.keyboard('{Escape}');
  expect(props.onDismiss).toHaveBeenCalledOnce();
});

test('screenshots for the docs (written with VITE_UPDATE_SCREENSHOTS=1)', async () => {
  await page.viewport(600, 500);
  const shots = [
    ['light', 'en'],
    ['dark', 'en'],
    ['light', 'zh-CN'],
    ['dark', 'zh-CN'],
  ] as const;
  for (const [theme, locale] of shots) {
    const stage = place(document.createElement('div'));
    stage.style.cssText = `display: inline-block; width: 420px; padding: 32px; background: ${theme === 'light' ? '#eef0f5' : '#0c0e14'}`;
    const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
    const props: SurveyProps = npsProps({ locale });
    cleanups.push(mount(root, props, { theme }).unmount);
    await nextFrame();
    root.querySelectorAll('input')[8].click();
    await nextFrame();
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ element: stage, path: `../../../docs/survey-${theme}${locale === 'en' ? '' : '-zh-CN'}.png` });
    }
  }
  // the churn-reason question, a reason picked
  const stage = place(document.createElement('div'));
  stage.style.cssText = 'display: inline-block; width: 420px; padding: 32px; background: #eef0f5';
  const root = stage.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });
  cleanups.push(mount(root, choiceProps(), {}).unmount);
  await nextFrame();
  root.querySelector('input')!.click();
  await nextFrame();
  if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1')
    await page.screenshot({ element: stage, path: '../../../docs/survey-churn-light.png' });
});

test('on a 320px phone each score of the corner card is at least 24 × 24 px (WCAG 2.5.8): the scale takes two rows', async () => {
  await page.viewport(320, 640);
  const host = place(document.createElement('div'));
  host.setAttribute('data-growthkit-widget', 'corner-end');
  Object.assign(host.style, { position: 'fixed', insetBlockEnd: '16px', insetInlineEnd: '16px' });
  const root = host.attachShadow({ mode: 'open' });
  cleanups.push(mount(root, npsProps(), { theme: 'light' }).unmount);
  await nextFrame();
  const sizes = [...root.querySelectorAll('.nps span')].map((score) => {
    const { width, height } = score.getBoundingClientRect();
    return Math.min(width, height);
  });
  expect(sizes).toHaveLength(11);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});

test('Escape in the text box keeps the typed answer and the card; elsewhere in the card it closes it', async () => {
  const { root, props } = mountSurvey();
  await nextFrame();
  root.querySelectorAll('input')[3].click();
  await nextFrame();
  root.querySelector('textarea')!.focus();
  await userEvent.keyboard('Too slow{Escape}');
  await nextFrame();
  expect(props.onDismiss).not.toHaveBeenCalled();
  expect(root.querySelector('textarea')?.value).toBe('Too slow');
  root.querySelector<HTMLInputElement>(':checked')!.focus();
  await userEvent.keyboard('{Escape}');
  expect(props.onDismiss).toHaveBeenCalledOnce();
});
