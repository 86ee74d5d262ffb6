import { h } from 'preact';
import { useEffect } from 'preact/hooks';
import { expect, test, vi } from 'vitest';
import { mountWidget } from '../src/mount.ts';
import { nextFrame, place } from './browser-mount.ts';

/** the page's own error listener: an error that escaped a widget would reach it */
function pageErrors() {
  const seen = vi.fn();
  window.addEventListener('error', seen);
  window.addEventListener('unhandledrejection', seen);
  return {
    seen,
    stop() {
      window.removeEventListener('error', seen);
      window.removeEventListener('unhandledrejection', seen);
    },
  };
}

const shadow = () => place(document.createElement('div')).attachShadow({ mode: 'open' });

test('an event handler that throws fails its widget like a render error: removed, reported once, nothing reaches the page', async () => {
  const errors = pageErrors();
  const onError = vi.fn();
  const Clumsy = () => (
    <div>
      <button
        type="button"
        onClick={() => {
          throw new Error('handler bug');
        }}
      >
        Go
      </button>
      <input
        onKeyDown={() => {
          throw new Error('key bug');
        }}
      />
    </div>
  );
  const root = shadow();
  mountWidget(Clumsy, '')(root, {}, { onError });
  root.querySelector('button')!.click();
  root.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
  expect(onError.mock.calls.map(([error]) => (error as Error).message)).toEqual(['handler bug', 'key bug']);
  await expect.poll(() => root.childNodes.length).toBe(0);
  errors.stop();
  expect(errors.seen).not.toHaveBeenCalled();
});

test('a handler that does not throw runs as written, with its event, each time', () => {
  const seen: string[] = [];
  const Fine = () => (
    <button type="button" onClick={(event) => seen.push(`${event.type}:${(event.currentTarget as HTMLElement).tagName}`)}>
      Go
    </button>
  );
  const root = shadow();
  const widget = mountWidget(Fine, '')(root, {}, { onError: () => seen.push('failed') });
  root.querySelector('button')!.click();
  root.querySelector('button')!.click();
  widget.unmount();
  expect(seen).toEqual(['click:BUTTON', 'click:BUTTON']);
});

test('an effect that throws fails its widget, and the page sees no error', async () => {
  const errors = pageErrors();
  const onError = vi.fn();
  const Restless = () => {
    useEffect(() => {
      throw new Error('effect bug');
    }, []);
    return <p>here</p>;
  };
  const root = shadow();
  mountWidget(Restless, '')(root, {}, { onError });
  await expect.poll(() => onError.mock.calls.length).toBe(1);
  expect((onError.mock.calls[0][0] as Error).message).toBe('effect bug');
  await expect.poll(() => root.childNodes.length).toBe(0);
  await nextFrame();
  errors.stop();
  expect(errors.seen).not.toHaveBeenCalled();
});
