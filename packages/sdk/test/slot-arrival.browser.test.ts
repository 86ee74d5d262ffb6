import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { checklistCampaign, fakeRuntime } from './runtime-support.ts';

// Real Chromium: the host's parser or framework adds the slot, and a MutationObserver hears of it (SPEC §11: the first
// widget within a frame of the host's own paint).

let destroy: (() => void) | undefined;
beforeEach(() => localStorage.clear());
afterEach(() => {
  destroy?.();
  document.body.replaceChildren();
});

function startedWithoutSlot() {
  const runtime = fakeRuntime([checklistCampaign()]);
  destroy = runtime.growthkit.destroy;
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  return runtime;
}

function slot(): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('data-growthkit', 'checklist');
  return element;
}

test('a campaign that waits for its slot has its widget chunk loaded before the slot is on the page', async () => {
  const { loadWidget, mounted } = startedWithoutSlot();
  await vi.waitFor(() => expect(loadWidget).toHaveBeenCalledWith('checklist', expect.any(String)));
  await loadWidget.mock.results[0].value;
  expect(mounted).toHaveLength(0);

  document.body.append(slot());
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  expect(loadWidget).toHaveBeenCalledTimes(1);
});

test('the slot and its widget arrive in the same task: the widget is rendered before any later task runs', async () => {
  const { loadWidget, mounted } = startedWithoutSlot();
  await vi.waitFor(() => expect(loadWidget).toHaveBeenCalledWith('checklist', expect.any(String)));
  await loadWidget.mock.results[0].value;
  await new Promise((resolve) => setTimeout(resolve));

  let laterTaskRan = false;
  setTimeout(() => {
    laterTaskRan = true;
  });
  const added = slot();
  document.body.append(added);
  // the observer's callback is a microtask of this task
  await Promise.resolve();
  expect(mounted).toHaveLength(1);
  expect(added.contains(mounted[0].root.host)).toBe(true);
  expect(laterTaskRan).toBe(false);
});
