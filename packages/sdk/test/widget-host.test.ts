// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { createWidgetHost, findSlot } from '../src/mount/widget-host.ts';

afterEach(() => document.body.replaceChildren());

test("a widget in the host's slot is marked as ours and has no stacking of its own; a floating one names its place", () => {
  document.body.innerHTML = '<header></header><div data-growthkit="checklist"></div>';
  const inSlot = createWidgetHost({ slot: 'checklist' }, findSlot({ slot: 'checklist' }), 10);
  expect(inSlot.slot).toBe(document.querySelector('[data-growthkit="checklist"]'));
  const inSlotElement = document.querySelector('[data-growthkit="checklist"] > [data-growthkit-widget]') as HTMLElement;
  expect(inSlotElement.getAttribute('data-growthkit-widget')).toBe('');
  expect([inSlotElement.style.position, inSlotElement.style.zIndex]).toEqual(['', '']);

  createWidgetHost({ floating: 'corner-end' }, undefined, 10);
  const corner = document.querySelector('body > [data-growthkit-widget="corner-end"]') as HTMLElement;
  expect([corner.style.position, corner.style.zIndex]).toEqual(['fixed', '10']);
});

test('the banner comes first in the page flow by default, and is fixed below the header with --growthkit-offset-top', () => {
  document.body.innerHTML = '<header></header><main></main>';
  const banner = createWidgetHost({ floating: 'banner' }, undefined, 10);
  const element = document.body.firstElementChild as HTMLElement;
  expect(element.getAttribute('data-growthkit-widget')).toBe('banner');
  expect([banner.slot, element.style.position, element.style.zIndex]).toEqual([undefined, '', '']);
  banner.remove();
  expect(document.querySelector('[data-growthkit-widget="banner"]')).toBeNull();

  document.documentElement.style.setProperty('--growthkit-offset-top', '64px');
  try {
    createWidgetHost({ floating: 'banner' }, undefined, 10);
    const fixed = document.querySelector('[data-growthkit-widget="banner"]') as HTMLElement;
    expect([fixed.style.position, fixed.style.zIndex, fixed.style.top]).toEqual(['fixed', '10', 'var(--growthkit-offset-top, 0px)']);
  } finally {
    document.documentElement.style.removeProperty('--growthkit-offset-top');
  }
});

test("in an app shell whose body is a grid or a flex row, the banner floats at the top instead of taking the sidebar's place", () => {
  for (const display of ['grid', 'flex']) {
    document.body.innerHTML = '<nav></nav><main></main>';
    document.body.style.display = display;
    try {
      createWidgetHost({ floating: 'banner' }, undefined, 10);
      const banner = document.querySelector('[data-growthkit-widget="banner"]') as HTMLElement;
      expect(document.body.firstElementChild?.tagName).toBe('NAV');
      expect([banner.style.position, banner.style.top]).toEqual(['fixed', 'var(--growthkit-offset-top, 0px)']);
    } finally {
      document.body.style.display = '';
    }
  }
});
