// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Renewal } from '../src/renewal/index.ts';
import { renewalProps, renewalView, winBackView, zhRenewalView } from './renewal-fixture.ts';

afterEach(cleanup);

/** each recap tile as "label: value" */
const tiles = () =>
  [...document.querySelectorAll('.recap div')].map((tile) => `${tile.children[0].textContent}: ${tile.children[1].textContent}`);

test('the renewal prompt: the value recap, what is new, and the one offer, whose accept reaches the runtime', () => {
  const props = renewalProps();
  render(<Renewal {...props} />);
  expect(screen.getByRole('region', { name: 'Your plan renews in 15 days' })).toBeTruthy();
  expect(tiles()).toEqual(['Saved in the last 30 days: 3 hr, 25 min', 'Value score: 62/100', 'Features used: 75%', 'Active seats: 4 of 5']);
  expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['What’s new', 'Pay monthly instead']);
  expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
    'Shared templates Your whole team starts from the same docs.',
    'Scheduled reports Reports arrive in inboxes every Monday.',
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'Switch to monthly' }));
  expect(props.onAccept).toHaveBeenCalledWith('flexible-billing');
});

test('closing it calls onDismiss and the prompt goes; nothing shows while there is no prompt', async () => {
  const props = renewalProps();
  render(<Renewal {...props} />);
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  });
  expect(props.onDismiss).toHaveBeenCalledOnce();
  expect(screen.queryByRole('region')).toBeNull();
});

test('leaves out the scorecard tiles the collector has not scored yet, and the offer when none fits', () => {
  const view = { ...renewalView(), recap: { total: 25, unit: 'minutes', score: null, features: null }, offer: undefined };
  render(<Renewal {...renewalProps(view)} />);
  expect(tiles()).toEqual(['Saved in the last 30 days: 25 min']);
  expect(screen.queryByRole('button', { name: 'Switch to monthly' })).toBeNull();
});

test('the at-risk recap shows no figure that argues for cancelling: nothing saved, 0% of features, 7/100, 1 of 5 seats', () => {
  const atRisk = { total: 0, unit: 'minutes', score: 7, features: 0, seats: { active: 1, of: 5 } } as const;
  render(<Renewal {...renewalProps({ ...renewalView(), recap: atRisk })} />);
  expect(document.querySelector('.recap')).toBeNull();
  expect(screen.queryByText(/0 min|7\/100|1 of 5|0%/)).toBeNull();
  // what is new and the offer still make the case
  expect(screen.getByRole('button', { name: 'Switch to monthly' })).toBeTruthy();
  cleanup();

  // at half its scale a figure speaks for the product again; below it, it is left out
  const half = { total: 10, unit: 'minutes', score: 50, features: 0.49, seats: { active: 3, of: 6 } } as const;
  render(<Renewal {...renewalProps({ ...renewalView(), recap: half })} />);
  expect(tiles()).toEqual(['Saved in the last 30 days: 10 min', 'Value score: 50/100', 'Active seats: 3 of 6']);
});

test('the win-back has no recap, and its URL offer is a link', () => {
  render(<Renewal {...renewalProps(winBackView())} />);
  expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Ari, your docs are still here');
  expect(document.querySelector('.recap')).toBeNull();
  expect(screen.getByRole('link', { name: 'Reactivate' }).getAttribute('href')).toBe('https://example.com/account');
});

test('reads in zh-CN: its own strings, numbers and the kit’s close button', () => {
  render(<Renewal {...renewalProps(zhRenewalView(), 'zh-CN')} />);
  expect(tiles()).toEqual(['近 30 天节省: 3小时25分钟', '价值评分: 62/100', '已用功能: 75%', '活跃席位: 4 / 5']);
  expect(screen.getByRole('heading', { name: '新功能' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '关闭' })).toBeTruthy();
});
