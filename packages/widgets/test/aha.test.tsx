// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Aha } from '../src/aha/index.ts';
import { ahaProps, zhAha } from './aha-fixture.ts';

afterEach(cleanup);

test('shows the goal, "12 of 50 customers", a progressbar with values and the next badge in words', () => {
  render(<Aha {...ahaProps()} />);
  expect(screen.getByRole('heading', { name: 'Connect 50 customers' })).toBeTruthy();
  expect(screen.getByText('12 of 50 customers')).toBeTruthy();
  const bar = screen.getByRole('progressbar', { name: 'Connect 50 customers' });
  expect([bar.getAttribute('aria-valuemin'), bar.getAttribute('aria-valuemax'), bar.getAttribute('aria-valuenow')]).toEqual([
    '0',
    '50',
    '12',
  ]);
  expect(bar.getAttribute('aria-valuetext')).toBe('12 of 50 customers. Next badge: Halfway at 25');
  const badges = within(screen.getByRole('list', { name: 'Badges' })).getAllByRole('listitem');
  expect(badges.map((badge) => badge.textContent)).toEqual([
    'First ten10 · Badge earned',
    'Halfway25 · Not yet earned',
    'Connected50 · Not yet earned',
  ]);
  expect(screen.getByText('Ten customers connected. Nice start!')).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Got it' })).toBeNull();
});

test('reaching a milestone while on screen earns its badge, shows its message and says it politely', async () => {
  const props = ahaProps();
  render(<Aha {...props} />);
  expect(screen.getByRole('status').textContent).toBe(''); // a badge earned before is shown, not announced
  await act(() => props.advance(27));
  expect(screen.getByRole('status').textContent).toBe('Badge earned: Halfway. Halfway there: 25 customers connected.');
  expect(screen.getByText('Halfway there: 25 customers connected.')).toBeTruthy();
  expect(screen.getByText('27 of 50 customers')).toBeTruthy();
});

test('at the goal the bar stays full past 50, and "Got it" acknowledges; the close button dismisses', async () => {
  const props = ahaProps();
  render(<Aha {...props} />);
  await act(() => props.advance(63));
  expect(screen.getByText('50 of 50 customers')).toBeTruthy();
  expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('50 of 50 customers');
  expect(screen.getByRole('status').textContent).toContain('All 50 customers connected.');
  fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
  expect(props.onAcknowledge).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(props.onDismiss).toHaveBeenCalledTimes(1);
});

test('Simplified Chinese: its own strings and count format', () => {
  render(<Aha {...ahaProps(zhAha)} milestones={zhAha.milestones} />);
  expect(screen.getByText('12 / 50 位客户')).toBeTruthy();
  expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('12 / 50 位客户. 下一枚徽章：过半（25）');
  expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
});
