import { expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { checklistCampaign, fakeRuntime, usePage } from './runtime-support.ts';

// Real Chromium: where keyboard focus goes when the user closes a widget that had it (WCAG 2.4.3).

const started = usePage('<button id="before">Before</button><div data-growthkit="checklist"></div><button>After</button>');

/** The fake runtime's checklist on the page, with a close button of our own (the fake view renders nothing) that dismisses it. */
async function widgetWithClose() {
  const runtime = fakeRuntime([checklistCampaign()]);
  started(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
  const { root, props } = runtime.mounted[0];
  const close = root.appendChild(document.createElement('button'));
  close.textContent = 'Close';
  close.addEventListener('click', () => props.onDismiss());
  return { root, close };
}

test('closing a widget that has focus puts focus back on the host element it came from, not on <body>', async () => {
  const { root, close } = await widgetWithClose();
  document.getElementById('before')!.focus();
  await userEvent.tab();
  expect(root.activeElement).toBe(close);

  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(root.host.isConnected).toBe(false));
  await vi.waitFor(() => expect(document.activeElement?.id).toBe('before'));
});

test('closing by a click leaves focus where the browser puts it: the last focused element may be far up the page', async () => {
  const { root, close } = await widgetWithClose();
  document.getElementById('before')!.focus();
  await userEvent.click(close);
  await vi.waitFor(() => expect(root.host.isConnected).toBe(false));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(document.activeElement).toBe(document.body);
});
