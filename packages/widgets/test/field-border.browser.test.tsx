import { expect, test } from 'vitest';
import { mount as mountCancelFlow } from '../src/cancel-flow/index.ts';
import { mount as mountSurvey } from '../src/survey/index.ts';
import { cleanups, mountInShadow, nextFrame } from './browser-mount.ts';
import { cancelFlowProps } from './cancel-flow-fixture.ts';
import { contrast } from './contrast.ts';
import { npsProps } from './survey-fixture.ts';

// A text box is known by its edge: at least 3:1 against the card it sits on (WCAG 1.4.11), in either theme.

const edge = (root: ShadowRoot, card: string) =>
  contrast(getComputedStyle(root.querySelector('textarea')!).borderTopColor, getComputedStyle(root.querySelector(card)!).backgroundColor);

test("the survey's and the cancel flow's text boxes have an edge of at least 3:1, in light and dark", async () => {
  for (const theme of ['light', 'dark'] as const) {
    const survey = mountInShadow(mountSurvey, npsProps(), { theme });
    await nextFrame();
    survey.root.querySelectorAll('input')[4].click();
    await nextFrame();
    expect(edge(survey.root, '.card'), `${theme}, survey`).toBeGreaterThanOrEqual(3);

    const flow = mountInShadow(mountCancelFlow, cancelFlowProps(), { theme });
    await nextFrame();
    // "Something else" asks for words
    flow.root.querySelectorAll('input')[5].click();
    await nextFrame();
    expect(edge(flow.root, '.dialog'), `${theme}, cancel flow`).toBeGreaterThanOrEqual(3);
    while (cleanups.length) cleanups.pop()!();
  }
});
