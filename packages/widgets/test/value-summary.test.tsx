// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { ValueSummary } from '../src/value-summary/index.ts';
import { fixtureSummary, valueProps } from './value-summary-fixture.ts';

afterEach(cleanup);

const text = (selector: string) => document.querySelector(selector)?.textContent;

test('shows the title, the change in words and the top three contributors', () => {
  render(<ValueSummary {...valueProps()} />);
  expect(screen.getByRole('heading', { name: 'You saved 14 hours with Acme Docs' })).toBeTruthy();
  expect(text('.trend')).toBe('40% more than the 30 days before');
  const rows = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(rows.map((row) => row.querySelector('.label')!.textContent)).toEqual(['Reports generated', 'Docs created', 'Teammates invited']);
  expect(rows.map((row) => row.querySelector('.count')!.textContent)).toEqual(['30×', '40×', '3×']);
});

test('the period switcher says which period is on, and switching recomputes', async () => {
  const props = valueProps();
  render(<ValueSummary {...props} />);
  const group = screen.getByRole('group', { name: 'Period' });
  const button = (name: string) => within(group).getByRole('button', { name });
  expect(button('Last 30 days').getAttribute('aria-pressed')).toBe('true');
  await act(() => void fireEvent.click(button('Last 7 days')));
  expect(props.onPeriod).toHaveBeenCalledWith('week');
  expect(button('Last 7 days').getAttribute('aria-pressed')).toBe('true');
  expect(text('.trend')).toBe('5% more than the 7 days before');
  await act(() => void fireEvent.click(button('Since signup')));
  expect(document.querySelector('.trend')).toBeNull(); // nothing to compare since signup
});

test('a drop reads "less", no change reads "same", an empty period says so instead of a zero and its drop', async () => {
  const props = valueProps();
  render(<ValueSummary {...props} />);
  await act(() => {
    props.summary.value = { ...fixtureSummary('month'), change: -0.125 };
  });
  expect(text('.trend')).toBe('13% less than the 30 days before');
  await act(() => {
    props.summary.value = { ...fixtureSummary('month'), change: 0 };
  });
  expect(text('.trend')).toBe('Same as the 30 days before');
  await act(() => {
    props.summary.value = { ...fixtureSummary('month'), total: 0, change: -1, contributors: [] };
  });
  // nothing yet: no "0 min time saved", no "100% less", but the encouraging line
  expect(text('.total')).toBe('Nothing yet in this period.');
  expect(document.querySelector('.trend')).toBeNull();
  expect(screen.queryByText(/0 min/)).toBeNull();
});

test('the call to action and the close button report back; a javascript: URL gets no button', () => {
  const props = valueProps();
  const { unmount } = render(<ValueSummary {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Share with my team' }));
  expect(props.onCta).toHaveBeenCalledTimes(1);
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(props.onDismiss).toHaveBeenCalledTimes(1);
  unmount();
  render(<ValueSummary {...valueProps({ cta: { label: 'Run', url: 'javascript:alert(1)' } })} />);
  expect(screen.queryByText('Run')).toBeNull();
});

test('one period hides the switcher but still names the period for screen readers', () => {
  render(<ValueSummary {...valueProps({ periods: ['month'] })} />);
  expect(screen.queryByRole('group')).toBeNull();
  expect(text('.total .sr')).toBe(' · Last 30 days');
});
