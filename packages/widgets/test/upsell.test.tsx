// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Upsell } from '../src/upsell/index.ts';
import { basicOffers, upsellProps } from './upsell-fixture.ts';

afterEach(cleanup);

test('shows the one offer: eyebrow, title, value line, testimonial and its call to action', () => {
  const props = upsellProps();
  render(<Upsell {...props} />);
  const card = screen.getByRole('region', { name: 'Ben, automate your weekly reports' });
  expect(card.querySelector('.eyebrow')!.textContent).toBe('Recommended for you');
  expect(screen.getByText('Saves about 10 h a month')).toBeTruthy();
  expect(screen.getByRole('figure').textContent).toBe(
    'Our Monday report used to take half a day. Now it is in everyone’s inbox before standup.Priya N., Head of Ops at Northwind',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Try Growth free' }));
  expect(props.onAction).toHaveBeenCalledWith('basic-automation');
});

test('dismissing takes the card off: no other offer takes its place; a URL action is a link', async () => {
  const [, templates] = basicOffers();
  const props = upsellProps();
  render(<Upsell {...props} />);
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Not interested' }));
  });
  expect(props.onDismiss).toHaveBeenCalledWith('basic-automation');
  expect(screen.queryByRole('region')).toBeNull();
  // the runtime brings the next best on a later page
  await act(() => {
    props.offer.value = templates;
  });
  expect(screen.getByRole('heading').textContent).toBe('Start from 200+ templates');
  expect(screen.queryByRole('figure')).toBeNull();
  expect(screen.getByRole('link', { name: 'Browse templates' }).getAttribute('href')).toBe('https://example.com/docs');
});

test('a javascript: URL never becomes a link', () => {
  const [offer] = basicOffers();
  render(<Upsell {...upsellProps([{ ...offer, action: { label: 'Go', url: 'javascript:alert(1)' } }])} />);
  expect(screen.queryByRole('link')).toBeNull();
  expect(screen.getByRole('button', { name: 'Go' })).toBeTruthy();
});

test('markup in a trait stays text', () => {
  render(<Upsell {...upsellProps(basicOffers('<img src=x onerror=alert(1)>'))} />);
  expect(screen.getByRole('heading').textContent).toBe('<img src=x onerror=alert(1)>, automate your weekly reports');
  expect(document.querySelector('img')).toBeNull();
});

test('Simplified Chinese dismiss label', () => {
  render(<Upsell {...upsellProps(basicOffers(), { locale: 'zh-CN', heading: '为你推荐' })} />);
  expect(screen.getByRole('button', { name: '不感兴趣' })).toBeTruthy();
});
