// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { createWidgetHost } from '../src/mount/widget-host.ts';

afterEach(() => document.body.replaceChildren());

test("a widget in the host's slot is marked as ours; a floating one also names its place, so the page can make room for a banner", () => {
  document.body.innerHTML = '<div data-growthkit="checklist"></div>';
  const inSlot = createWidgetHost({ slot: 'checklist', floating: 'corner-end' }, 10);
  expect(inSlot.slot).toBe(document.querySelector('[data-growthkit="checklist"]'));
  expect(document.querySelector('[data-growthkit="checklist"] > [data-growthkit-widget]')!.getAttribute('data-growthkit-widget')).toBe('');

  const banner = createWidgetHost({ floating: 'banner' }, 10);
  const element = document.querySelector('body > [data-growthkit-widget="banner"]') as HTMLElement;
  expect(banner.slot).toBeUndefined();
  expect([element.style.position, element.style.zIndex]).toEqual(['fixed', '10']);
  banner.remove();
  expect(document.querySelector('[data-growthkit-widget="banner"]')).toBeNull();
});
