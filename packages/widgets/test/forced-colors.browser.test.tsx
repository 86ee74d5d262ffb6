import { expect, test } from 'vitest';
import { cdp } from 'vitest/browser';
import { mount as mountAha } from '../src/aha/index.ts';
import { mount as mountChecklist } from '../src/checklist/index.ts';
import { mount as mountQuota } from '../src/quota/index.ts';
import { mount as mountSurvey } from '../src/survey/index.ts';
import { mount as mountValue } from '../src/value-summary/index.ts';
import { ahaProps } from './aha-fixture.ts';
import { mountInShadow, nextFrame } from './browser-mount.ts';
import { checklistProps } from './checklist-fixture.ts';
import { quotaProps } from './quota-fixture.ts';
import { npsProps } from './survey-fixture.ts';
import { valueProps } from './value-summary-fixture.ts';

// Windows high contrast: forced colours replace author colours and drop gradients. A state or a fill level drawn only
// in those (WCAG 1.4.11) must still show, in system colours. Chromium's emulation; browser-mount.ts resets it.

const forcedColors = () => cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
const background = (element: Element | null) => getComputedStyle(element!).backgroundColor;
/** a fill that shows on the card: forced colours turn an author colour into the card's Canvas, which hides it */
const onCard = (root: ShadowRoot, part: string) => {
  const fill = background(root.querySelector(part));
  return fill !== 'rgba(0, 0, 0, 0)' && fill !== background(root.querySelector('.card'));
};

test('in forced colours the picked score, the selected period and an earned badge differ from the others', async () => {
  await forcedColors();
  const survey = mountInShadow(mountSurvey, npsProps(), { theme: 'light' });
  await nextFrame();
  survey.root.querySelectorAll('input')[7].click();
  await nextFrame();
  expect(onCard(survey.root, ':checked + span'), 'the picked score').toBe(true);

  const value = mountInShadow(mountValue, valueProps(), { theme: 'dark' });
  await nextFrame();
  expect(onCard(value.root, '[aria-pressed="true"]'), 'the selected period').toBe(true);
  expect(background(value.root.querySelector('[aria-pressed="true"]'))).not.toBe(
    background(value.root.querySelector('[aria-pressed="false"]')),
  );

  const aha = mountInShadow(mountAha, ahaProps(), { theme: 'light' });
  await nextFrame();
  expect(onCard(aha.root, '.earned .medal'), 'an earned badge').toBe(true);
  expect(background(aha.root.querySelector('.earned .medal'))).not.toBe(background(aha.root.querySelector('li:not(.earned) .medal')));
});

test('in forced colours a progress bar keeps its fill on a visible track, the launcher its ring, the quota meter its track', async () => {
  await forcedColors();
  const checklist = mountInShadow(mountChecklist, checklistProps(), { theme: 'light' });
  await nextFrame();
  const card = background(checklist.root.querySelector('.card'));
  const track = background(checklist.root.querySelector('.bar'));
  expect(track).not.toBe(card);
  expect(background(checklist.root.querySelector('.fill'))).not.toBe(track);
  checklist.props.collapsed.value = true;
  await nextFrame();
  expect(getComputedStyle(checklist.root.querySelector('.ring')!).backgroundImage).toContain('conic-gradient');

  const quota = mountInShadow(mountQuota, quotaProps(), { theme: 'light' });
  await nextFrame();
  expect(background(quota.root.querySelector('meter'))).not.toBe(background(quota.root.querySelector('.card')));
});
