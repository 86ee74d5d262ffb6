import { afterEach } from 'vitest';
import { cdp } from 'vitest/browser';
import type { Mount, MountOptions } from '../src/index.ts';

/** Undone after each test, last first: unmounts and removed elements, so no widget outlives its test. */
export const cleanups: (() => void)[] = [];
afterEach(async () => {
  while (cleanups.length) cleanups.pop()!();
  document.body.replaceChildren();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

/** Adds an element to the page for this test only. */
export function place<T extends Element>(element: T, parent: Element = document.body): T {
  parent.append(element);
  cleanups.push(() => element.remove());
  return element;
}

/** An open shadow root on a fresh host element, as the SDK gives every widget. */
export function shadowHost(parent: Element = document.body): ShadowRoot {
  return place(document.createElement('div'), parent).attachShadow({ mode: 'open' });
}

/** Mounts a widget into a fresh shadow root for this test only; it follows the signals in `props` by itself. */
export function mountInShadow<P>(mount: Mount<P>, props: P, options: MountOptions) {
  const root = shadowHost();
  const widget = mount(root, props, options);
  cleanups.push(widget.unmount);
  return { host: root.host as HTMLElement, root, props };
}

/** Waits for the next paint and the tasks it queued: what a render or a transition's start needs. */
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
