import { afterEach, expect, test, vi } from 'vitest';
import { watchSlots } from '../src/mount/widget-host.ts';

// Real Chromium: which changes of the host's DOM cost the widgets a decision. A live page (a clock, a feed) changes its
// DOM many times a second; each decision runs every campaign's rules on the host's main thread.

const onChange = vi.fn();
let unwatch: (() => void) | undefined;
afterEach(() => {
  unwatch?.();
  onChange.mockReset();
  document.body.replaceChildren();
});

/** the observer's callback has run for everything changed so far */
const delivered = () => new Promise((resolve) => setTimeout(resolve));

async function changesOf(change: () => void): Promise<number> {
  await delivered();
  onChange.mockReset();
  change();
  await delivered();
  return onChange.mock.calls.length;
}

function element(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild!;
}

test('a ticking clock and a growing feed cost no decision', async () => {
  const clock = document.body.appendChild(element('<p>It is <time>12:00:00</time></p>'));
  const feed = document.body.appendChild(element('<ul></ul>'));
  unwatch = watchSlots(onChange);

  for (let tick = 1; tick <= 20; tick++) {
    expect(await changesOf(() => (clock.querySelector('time')!.textContent = `12:00:${String(tick).padStart(2, '0')}`))).toBe(0);
    expect(await changesOf(() => feed.append(element(`<li><a href="#${tick}">Item <b>${tick}</b></a></li>`)))).toBe(0);
  }
  expect(await changesOf(() => feed.firstElementChild!.remove())).toBe(0);
});

test('a slot that arrives, inside what the host renders, or leaves with it, is one decision each', async () => {
  unwatch = watchSlots(onChange);
  const route = element('<main><h1>Reports</h1><section><div data-growthkit="checklist"></div></section></main>');

  expect(await changesOf(() => document.body.append(route))).toBe(1);
  expect(await changesOf(() => route.querySelector('section')!.remove())).toBe(1);
  expect(await changesOf(() => route.append(element('<div data-growthkit="value"></div>')))).toBe(1);
  expect(await changesOf(() => route.remove())).toBe(1);
});

test('a host modal that opens, closes, arrives open or leaves open is a decision, and so is a widget of ours the host takes off', async () => {
  unwatch = watchSlots(onChange);
  const dialog = document.body.appendChild(element('<dialog><p>Settings</p></dialog>')) as HTMLDialogElement;

  expect(await changesOf(() => dialog.showModal())).toBe(1);
  expect(await changesOf(() => dialog.close())).toBe(1);
  expect(await changesOf(() => document.body.append(element('<div role="dialog" aria-modal="true">Share</div>')))).toBe(1);
  expect(await changesOf(() => document.querySelector('[aria-modal]')!.setAttribute('aria-modal', 'false'))).toBe(1);
  expect(await changesOf(() => document.querySelector('[aria-modal]')!.remove())).toBe(1);
  document.body.replaceChildren();
  const floating = document.body.appendChild(document.createElement('growthkit-widget'));
  // a framework rendering into the body clears it (React's createRoot on document.body does at its first render)
  expect(await changesOf(() => document.body.replaceChildren(element('<div id="app"><h1>Home</h1></div>')))).toBe(1);
  expect(floating.isConnected).toBe(false);
});
