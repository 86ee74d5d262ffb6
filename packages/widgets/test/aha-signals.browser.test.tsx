import { afterEach, expect, test, vi } from 'vitest';
import { Aha, mount } from '../src/aha/index.ts';
import { ahaProps } from './aha-fixture.ts';
import { mountInShadow, nextFrame } from './browser-mount.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

test('progress 3 → 4 (a signal write) updates the count and the progressbar in place: the root does not render again', async () => {
  const renders = vi.spyOn(Aha.prototype, 'render');
  const props = ahaProps({}, 3);
  const { root } = mountInShadow(mount, props, { theme: 'light' });
  await nextFrame();
  const bar = root.querySelector('[role="progressbar"]')!;
  const count = root.querySelector('.of')!;
  const countText = count.firstChild;
  const nodes = [...root.querySelectorAll('*')];
  expect(renders).toHaveBeenCalledTimes(1);
  expect(bar.getAttribute('aria-valuenow')).toBe('3');
  expect(count.textContent).toBe('3 of 50 customers');

  props.advance(4);
  await nextFrame();

  expect(count.textContent).toBe('4 of 50 customers');
  expect(bar.getAttribute('aria-valuenow')).toBe('4');
  expect(bar.getAttribute('aria-valuetext')).toBe('4 of 50 customers. Next badge: First ten at 10');
  expect(renders).toHaveBeenCalledTimes(1);
  // the same elements, and the same text node under the count: updated, not rebuilt
  const after = [...root.querySelectorAll('*')];
  expect(after).toHaveLength(nodes.length);
  expect(after.every((node, index) => node === nodes[index])).toBe(true);
  expect(count.firstChild).toBe(countText);
});

test('a milestone reached by a signal write earns its badge and is said, still without rendering the root again', async () => {
  const renders = vi.spyOn(Aha.prototype, 'render');
  const props = ahaProps({}, 24);
  const { root } = mountInShadow(mount, props, {});
  await nextFrame();
  const status = root.querySelector('[role="status"]')!;
  expect(status.textContent).toBe('');

  props.advance(25);
  await nextFrame();

  expect(root.querySelector('.earned:nth-child(2) .name')!.textContent).toBe('Halfway');
  expect(status.textContent).toBe('Badge earned: Halfway. Halfway there: 25 customers connected.');
  expect(root.querySelector('[role="status"]')).toBe(status);
  expect(renders).toHaveBeenCalledTimes(1);
});
