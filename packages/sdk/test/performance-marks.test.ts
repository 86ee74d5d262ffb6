// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { checklistCampaign, fakeRuntime } from './runtime-support.ts';

const firstPaints = () => performance.getEntriesByName('growthkit:first-paint', 'mark');

let destroy: (() => void) | undefined;
beforeEach(() => {
  performance.clearMarks();
  localStorage.clear();
  document.body.innerHTML = '<nav><div data-growthkit="checklist"></div></nav>';
});
afterEach(() => destroy?.());

test('the first widget shown leaves one growthkit:first-paint mark, after the frame it renders in', async () => {
  const runtime = fakeRuntime([checklistCampaign(), checklistCampaign({ id: 'second', placement: { floating: 'corner-end' } })]);
  destroy = runtime.growthkit.destroy;
  const marksWhenShown: number[] = [];
  runtime.growthkit.on('shown', () => marksWhenShown.push(firstPaints().length));
  const beforeInit = performance.now();
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });

  await vi.waitFor(() => expect(firstPaints()).toHaveLength(1));
  // rendered, but not yet painted when the first widget reported itself shown
  expect(marksWhenShown[0]).toBe(0);
  expect(firstPaints()[0].startTime).toBeGreaterThan(beforeInit);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(runtime.mounted).toHaveLength(2);
  expect(firstPaints()).toHaveLength(1);
});

test('no widget shown, no first-paint mark', async () => {
  const runtime = fakeRuntime([]);
  destroy = runtime.growthkit.destroy;
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  await vi.waitFor(() => expect(runtime.fetch).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(firstPaints()).toHaveLength(0);
});
