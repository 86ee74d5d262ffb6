import { afterEach, expect, test } from 'vitest';
import { createWidgetHost, findSlot } from '../src/mount/widget-host.ts';

// Real Chromium: the host page's CSS for its own elements must not reach the element a widget lives in.

const hostCss = new CSSStyleSheet();
hostCss.replaceSync(`
  div { padding: 30px; border: 5px solid red; margin: 20px; opacity: 0.5 }
  body > div { position: relative; left: -9999px }
`);

afterEach(() => {
  document.adoptedStyleSheets = [];
  document.body.replaceChildren();
});

test("the host's rules for its divs leave the widget's element alone, in a slot and floating", () => {
  document.adoptedStyleSheets = [hostCss];
  document.body.innerHTML = '<main><section data-growthkit="checklist"></section></main>';
  createWidgetHost({ slot: 'checklist' }, findSlot({ slot: 'checklist' }), 10);
  const corner = createWidgetHost({ floating: 'corner-end' }, undefined, 10);
  corner.root.append(Object.assign(document.createElement('p'), { textContent: 'Get started' }));

  for (const element of document.querySelectorAll<HTMLElement>('[data-growthkit-widget]')) {
    const style = getComputedStyle(element);
    expect([style.paddingTop, style.borderTopWidth, style.marginTop, style.opacity]).toEqual(['0px', '0px', '0px', '1']);
  }
  const box = (corner.root.host as HTMLElement).getBoundingClientRect();
  expect(box.right).toBeLessThanOrEqual(innerWidth);
  expect(box.left).toBeGreaterThanOrEqual(0);
});
