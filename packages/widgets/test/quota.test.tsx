// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { Quota } from '../src/quota/index.ts';
import { quotaProps, QUOTA_ZH } from './quota-fixture.ts';

afterEach(cleanup);

test('the banner shows the usage in words, a meter with values, Upgrade and Dismiss, and takes no focus', async () => {
  const props = quotaProps();
  render(<Quota {...props} />);
  const banner = screen.getByRole('region', { name: 'Storage' });
  expect(banner.textContent).toContain("You've used 4.1 of 5 GB (82%)");
  // a native <meter> (happy-dom's role table lacks it; the browser tests and e2e find it by its role)
  const meter = banner.querySelector('meter')!;
  expect(meter.getAttribute('aria-labelledby')).toBe('label');
  expect([meter.getAttribute('aria-valuemin'), meter.getAttribute('aria-valuemax'), meter.getAttribute('aria-valuenow')]).toEqual([
    '0',
    '5',
    '4.1',
  ]);
  expect(meter.getAttribute('aria-valuetext')).toBe("You've used 4.1 of 5 GB (82%)");
  // the live region speaks a task after it is on the page (quota.browser.test.tsx has why)
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe("Storage: You've used 4.1 of 5 GB (82%)"));
  expect(document.activeElement).toBe(document.body);
  expect(screen.queryByRole('dialog')).toBeNull();

  fireEvent.click(within(banner).getByRole('button', { name: 'Upgrade' }));
  expect(props.onUpgrade).toHaveBeenCalledOnce();
  fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
  expect(props.onDismiss).toHaveBeenCalledWith('warn');
  expect(screen.queryByRole('region')).toBeNull();
});

test('at the limit: a labelled modal dialog with what Growth unlocks, Upgrade, the 7-day trial and Not now', async () => {
  const props = quotaProps();
  props.usage.value = { used: 5, limit: 5 };
  props.show.value = 'dialog';
  render(<Quota {...props} />);
  const dialog = screen.getByRole('dialog', { name: "You've reached your storage limit" });
  expect(dialog.getAttribute('aria-modal')).toBe('true');
  expect(dialog.getAttribute('aria-describedby')).toBe('body');
  expect(within(dialog).getByRole('heading', { name: 'Growth includes' })).toBeTruthy();
  expect(
    within(dialog)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['100 GB of storage for your team', 'Unlimited version history', 'Priority support, answered within 4 hours']);
  expect(dialog.textContent).toContain("You've used 5 of 5 GB (100%)");
  fireEvent.click(within(dialog).getByRole('button', { name: 'Upgrade to Growth' }));
  expect(props.onUpgrade).toHaveBeenCalledOnce();
  fireEvent.click(within(dialog).getByRole('button', { name: 'Try it free for 7 days' }));
  expect(props.onTrial).toHaveBeenCalledOnce();
  fireEvent.keyDown(within(dialog).getByRole('button', { name: 'Close' }), { key: 'Escape' });
  expect(props.onDismiss).toHaveBeenCalledWith('limit');
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('no trial button without a trial; the backdrop closes, a click inside does not', () => {
  const props = quotaProps({ trialDays: undefined });
  props.show.value = 'dialog';
  const { container } = render(<Quota {...props} />);
  expect(screen.queryByRole('button', { name: /Try it free/ })).toBeNull();
  fireEvent.click(screen.getByRole('dialog'));
  expect(props.onDismiss).not.toHaveBeenCalled();
  fireEvent.click(container.querySelector('.backdrop')!);
  expect(props.onDismiss).toHaveBeenCalledWith('limit');
});

test('follows the signals: banner → dialog → nothing', async () => {
  const props = quotaProps();
  render(<Quota {...props} />);
  await act(() => {
    props.usage.value = { used: 5.2, limit: 5 };
    props.show.value = 'dialog';
  });
  expect(screen.queryByRole('region')).toBeNull();
  expect(screen.getByRole('dialog').textContent).toContain("You've used 5.2 of 5 GB (104%)");
  await act(() => {
    props.show.value = 'none';
  });
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(screen.getByRole('status').textContent).toBe('');
});

test('Simplified Chinese: strings, units and percent from Intl', async () => {
  const props = quotaProps(QUOTA_ZH);
  render(<Quota {...props} />);
  expect(screen.getByRole('region', { name: '存储空间' }).textContent).toContain('已使用 4.1 / 5 GB（82%）');
  expect(screen.getByRole('button', { name: '升级' })).toBeTruthy();
  // Chinese punctuation (a full-width colon, no space after it) in what the live region says
  await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('存储空间：已使用 4.1 / 5 GB（82%）'));
  props.show.value = 'dialog';
  cleanup();
  render(<Quota {...props} />);
  expect(screen.getByRole('button', { name: '升级到成长版' })).toBeTruthy();
  // no space between the words and the days: Chinese sets none on either side ("免费试用7天")
  expect(screen.getByRole('button', { name: '免费试用7天' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: '成长版包含' })).toBeTruthy();
});

test('German digits: numbers follow the locale', () => {
  render(<Quota {...quotaProps({ locale: 'de' })} />);
  expect(screen.getByRole('region').textContent).toContain('4,1 of 5\u00a0GB (82\u00a0%)');
});
