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

test('the first widget rendered leaves one growthkit:first-paint mark, after the frame it renders in', async () => {
  const runtime = fakeRuntime([checklistCampaign(), checklistCampaign({ id: 'second', placement: { floating: 'corner-end' } })]);
  destroy = runtime.growthkit.destroy;
  const beforeInit = performance.now();
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });

  await vi.waitFor(() => expect(firstPaints()).toHaveLength(1));
  expect(firstPaints()[0].startTime).toBeGreaterThan(beforeInit);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(runtime.mounted).toHaveLength(2);
  expect(firstPaints()).toHaveLength(1);
});

test('the mark does not wait for the impression: a widget painted out of view is marked, and not reported shown', async () => {
  const runtime = fakeRuntime();
  // an observer that never answers: the widget is never half in view
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      disconnect() {}
      takeRecords() {
        return [];
      }
    },
  );
  destroy = runtime.growthkit.destroy;
  const shown = vi.fn();
  runtime.growthkit.on('shown', shown);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });

  await vi.waitFor(() => expect(firstPaints()).toHaveLength(1));
  await runtime.growthkit.flush();
  expect(runtime.mounted).toHaveLength(1);
  expect(shown).not.toHaveBeenCalled();
  expect(runtime.names()).not.toContain('gk.shown');
});

test('no widget shown, no first-paint mark', async () => {
  const runtime = fakeRuntime([]);
  destroy = runtime.growthkit.destroy;
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  await vi.waitFor(() => expect(runtime.fetch).toHaveBeenCalled());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(firstPaints()).toHaveLength(0);
});
