// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { CancelFlow } from '../src/cancel-flow/index.ts';
import { cancelFlowProps } from './cancel-flow-fixture.ts';

afterEach(cleanup);

const press = (name: string) => act(() => void fireEvent.click(screen.getByRole('button', { name })));
const choose = (name: string) => act(() => void fireEvent.click(screen.getByRole('radio', { name })));

test('asks why in a named dialog, with the six reasons as one radio group', () => {
  render(<CancelFlow {...cancelFlowProps()} />);
  const dialog = screen.getByRole('dialog', { name: 'Before you go, Ada' });
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  expect(screen.getByRole('group', { name: 'Why are you cancelling?' })).toBeTruthy();
  expect(screen.getAllByRole('radio').map((radio) => radio.parentElement!.textContent)).toEqual([
    "It's too expensive",
    "It's missing features I need",
    "It's hard to use",
    "I'm switching to another product",
    'My business changed',
    'Something else',
  ]);
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('price → the discount; accepting it saves, with the reason', async () => {
  const props = cancelFlowProps();
  render(<CancelFlow {...props} />);
  await choose("It's too expensive");
  await press('Continue cancelling');
  expect(screen.getByRole('dialog', { name: 'Stay for half the price' })).toBeTruthy();
  expect(screen.getByText('50% off your next 3 months — about $24 saved')).toBeTruthy();
  expect(props.onOffer).toHaveBeenCalledWith({ reason: 'too_expensive' }, 'half-off');
  await press('Take 50% off');
  expect(props.onAccept).toHaveBeenCalledWith({ reason: 'too_expensive' }, 'half-off');
  expect(props.onConfirm).not.toHaveBeenCalled();
});

test('"Continue cancelling" on the offer leads to the confirmation, which cancels; "other" takes words', async () => {
  const props = cancelFlowProps();
  render(<CancelFlow {...props} />);
  await choose('Something else');
  await act(
    () => void fireEvent.input(screen.getByRole('textbox', { name: 'Tell us more (optional)' }), { target: { value: 'Team merged' } }),
  );
  await press('Continue cancelling');
  expect(screen.getByRole('dialog', { name: 'Let us set it up with you' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Book a call' }).getAttribute('href')).toBe('https://example.com/call');
  await press('Continue cancelling');
  expect(screen.getByRole('dialog', { name: 'Cancel your subscription?' })).toBeTruthy();
  await press('Confirm cancellation');
  expect(props.onConfirm).toHaveBeenCalledWith({ reason: 'other', text: 'Team merged' }, 'setup-call');
});

test('no reason, or a reason without an offer: straight to the confirmation; "Keep my subscription" and × dismiss', async () => {
  const props = cancelFlowProps();
  render(<CancelFlow {...props} />);
  await press('Continue cancelling');
  expect(screen.getByRole('heading').textContent).toBe('Cancel your subscription?');
  await press('Keep my subscription');
  expect(props.onDismiss).toHaveBeenCalledTimes(1);
  cleanup();
  render(<CancelFlow {...props} />);
  await choose("I'm switching to another product");
  await press('Continue cancelling');
  expect(screen.getByRole('heading').textContent).toBe('Cancel your subscription?');
  expect(props.onOffer).not.toHaveBeenCalled();
  await press('Close');
  expect(props.onDismiss).toHaveBeenCalledTimes(2);
});

test('reads in Simplified Chinese', async () => {
  render(<CancelFlow {...cancelFlowProps('zh-CN')} />);
  expect(screen.getByRole('group', { name: '你为什么要取消？' })).toBeTruthy();
  await choose('我的业务有变化');
  await press('继续取消');
  expect(screen.getByRole('dialog', { name: '暂停而不是取消' })).toBeTruthy();
  await press('继续取消');
  expect(screen.getByRole('button', { name: '确认取消' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '保留我的订阅' })).toBeTruthy();
});
