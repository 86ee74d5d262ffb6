import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { GrowthEvent } from '@growthkit/core';
import { checklistCampaign, fakeRuntime } from './runtime-support.ts';

// Real Chromium: real frames, real scrolling and its IntersectionObserver (the happy-dom tests fake the observer).

/** `count` frames painted, and a task after the last */
const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : setTimeout(resolve));
    next(count);
  });

/** the gk.shown events sent, as the path they were reported on */
const shownOn = (events: GrowthEvent[]) =>
  events.filter((event) => event.name === 'gk.shown').map((event) => (event.context as { path: string }).path);

const startUrl = location.href;
let destroy: (() => void) | undefined;
beforeEach(() => {
  localStorage.clear();
  scrollTo(0, 0);
  // the fake widgets render nothing: their host elements get a size from the page, as a card would
  document.head.insertAdjacentHTML(
    'beforeend',
    '<style id="sized">[data-growthkit-widget] { display: block; width: 240px; height: 120px }</style>',
  );
});
afterEach(() => {
  destroy?.();
  document.getElementById('sized')?.remove();
  document.body.replaceChildren();
  history.replaceState({}, '', startUrl);
});

function started(campaigns = [checklistCampaign()]) {
  const runtime = fakeRuntime(campaigns);
  // Chromium's own observer, not fakeRuntime's
  vi.unstubAllGlobals();
  destroy = runtime.growthkit.destroy;
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  const shown = async () => {
    await runtime.growthkit.flush();
    return shownOn(runtime.events);
  };
  return { ...runtime, shown };
}

test('an inline widget below the fold is painted (first-paint mark) but seen only once scrolled half into view', async () => {
  performance.clearMarks();
  document.body.innerHTML = '<div style="height: 150vh"></div><div data-growthkit="checklist"></div><div style="height: 150vh"></div>';
  const { mounted, shown } = started();
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await frames(3);
  expect(performance.getEntriesByName('growthkit:first-paint')).toHaveLength(1);
  expect(await shown()).toEqual([]);

  const host = mounted[0].root.host as HTMLElement;
  // a quarter of it in view: not yet
  scrollBy(0, host.getBoundingClientRect().top - innerHeight + 30);
  await frames(2);
  expect(await shown()).toEqual([]);
  host.scrollIntoView({ block: 'center' });
  await vi.waitFor(async () => expect(await shown()).toHaveLength(1));
  // scrolled away and back in the same page view: still one
  scrollTo(0, 0);
  await frames(2);
  host.scrollIntoView({ block: 'center' });
  await frames(3);
  expect(await shown()).toHaveLength(1);
});

for (const [host, render] of [
  ['Vue (a microtask)', queueMicrotask],
  ['React (a later task)', (work: () => void) => setTimeout(work)],
] as const) {
  test(`a host that renders its route after pushState, in ${host}: one impression per page view, on its own path`, async () => {
    history.replaceState({}, '', '/gk-a');
    const main = document.createElement('main');
    document.body.append(main);
    const renderPage = () => {
      main.innerHTML = '<div data-growthkit="checklist"></div>';
    };
    renderPage();
    const { mounted, events, shown, growthkit } = started();
    const shownHandler = vi.fn();
    growthkit.on('shown', shownHandler);
    await vi.waitFor(async () => expect(await shown()).toEqual(['/gk-a']));

    // the router: the URL first, the new page's markup (a new slot) after
    history.pushState({}, '', '/gk-b');
    render(renderPage);
    await vi.waitFor(async () => expect(await shown()).toEqual(['/gk-a', '/gk-b']));
    // the host renders the same page again: the widget mounts again, in the same page view
    renderPage();
    await vi.waitFor(() => expect(mounted.length).toBeGreaterThan(2));
    await frames(3);
    expect(await shown()).toEqual(['/gk-a', '/gk-b']);
    expect(shownHandler).toHaveBeenCalledTimes(2);
    // each impression follows its page view
    const pagesAndShown = events.filter((event) => event.name === 'page' || event.name === 'gk.shown');
    expect(pagesAndShown.map((event) => `${event.name} ${(event.context as { path: string }).path}`)).toEqual([
      'page /gk-a',
      'gk.shown /gk-a',
      'page /gk-b',
      'gk.shown /gk-b',
    ]);
  });
}

test('a widget of the page being left is never seen: the route changes before its first paint', async () => {
  history.replaceState({}, '', '/gk-a');
  document.body.innerHTML = '<div data-growthkit="checklist"></div>';
  // the host navigates right after the widget went on the page, before a frame painted it
  const navigate = new MutationObserver(() => {
    navigate.disconnect();
    history.pushState({}, '', '/gk-b');
  });
  navigate.observe(document.body, { childList: true, subtree: true });
  const { mounted, shown, events } = started([checklistCampaign({ trigger: { type: 'page', path: '/gk-a' } })]);
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await vi.waitFor(() => expect(mounted[0].root.host.isConnected).toBe(false));
  await frames(3);
  expect(await shown()).toEqual([]);
  expect(events.filter((event) => event.name === 'page')).toHaveLength(2);
});

test('a widget of the page being left is never seen: the host scrolls it into view as it changes route', async () => {
  history.replaceState({}, '', '/gk-a');
  document.body.innerHTML = '<div style="height: 150vh"></div><div data-growthkit="checklist"></div><div style="height: 150vh"></div>';
  const { mounted, shown } = started([checklistCampaign({ trigger: { type: 'page', path: '/gk-a' } })]);
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await frames(2);
  history.pushState({}, '', '/gk-b');
  (mounted[0].root.host as HTMLElement).scrollIntoView({ block: 'center' });
  await vi.waitFor(() => expect(mounted[0].root.host.isConnected).toBe(false));
  await frames(3);
  expect(await shown()).toEqual([]);
});
