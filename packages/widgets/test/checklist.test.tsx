// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, expect, test } from 'vitest';
import { Checklist } from '../src/checklist/index.ts';
import { checklistProps } from './checklist-fixture.ts';

afterEach(cleanup);

const status = () => screen.getByRole('status');
const row = (name: RegExp) => screen.getByRole('button', { name });

test('shows the title, body, the steps in order with their state in words, and "2 of 6" with progressbar values', () => {
  render(<Checklist {...checklistProps()} />);
  expect(screen.getByRole('heading', { name: 'Get started with Acme Docs' })).toBeTruthy();
  expect(screen.getByText('Six short steps to your first shared doc.')).toBeTruthy();
  const items = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(items.map((item) => item.querySelector('.label')?.textContent)).toEqual([
    'Create your first doc (Done)',
    'Invite a teammate (Done)',
    'Connect Google Drive (To do)',
    'Share two docs (To do)',
    'Add a profile photo (To do)',
    'Browse the template gallery (To do)',
  ]);
  expect(screen.getByText('2 of 6')).toBeTruthy();
  const bar = screen.getByRole('progressbar', { name: 'Get started with Acme Docs' });
  expect(bar.getAttribute('aria-valuenow')).toBe('2');
  expect(bar.getAttribute('aria-valuemin')).toBe('0');
  expect(bar.getAttribute('aria-valuemax')).toBe('6');
  expect(bar.getAttribute('aria-valuetext')).toBe('2 of 6 steps done');
  expect(screen.getByText('1 of 2')).toBeTruthy(); // count progress of "Share two docs"
});

test('the first open step starts expanded; another step opens on click and the first closes', () => {
  render(<Checklist {...checklistProps()} />);
  expect(row(/Connect Google Drive/).getAttribute('aria-expanded')).toBe('true');
  expect(screen.getByText('Bring your existing files over in one click.')).toBeTruthy();
  fireEvent.click(row(/Share two docs/));
  expect(row(/Share two docs/).getAttribute('aria-expanded')).toBe('true');
  expect(row(/Connect Google Drive/).getAttribute('aria-expanded')).toBe('false');
  const details = document.getElementById(row(/Connect Google Drive/).getAttribute('aria-controls')!);
  expect(details?.hidden).toBe(true);
});

test('the open step follows the first open step as steps finish; a step the user opened stays open until it finishes', async () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  await act(() => props.setStatus('connect_drive', 'done'));
  expect(row(/Share two docs/).getAttribute('aria-expanded')).toBe('true');
  fireEvent.click(row(/Browse the template gallery/));
  await act(() => props.setStatus('share_docs', 'done'));
  expect(row(/Browse the template gallery/).getAttribute('aria-expanded')).toBe('true');
  expect(row(/Add a profile photo/).getAttribute('aria-expanded')).toBe('false');
  await act(() => props.setStatus('templates', 'done'));
  expect(row(/Add a profile photo/).getAttribute('aria-expanded')).toBe('true');
  expect(row(/Browse the template gallery/).getAttribute('aria-expanded')).toBe('false');
});

test('actions call back with the step id: link action, button action, mark as done, skip', () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  const connect = screen.getByRole('link', { name: 'Connect' });
  expect(connect.getAttribute('href')).toBe('https://example.com/integrations/drive');
  connect.addEventListener('click', (event) => event.preventDefault());
  fireEvent.click(connect);
  expect(props.onAction).toHaveBeenCalledWith('connect_drive');

  fireEvent.click(screen.getByRole('button', { name: 'Mark as done' }));
  expect(props.onMarkDone).toHaveBeenCalledWith('connect_drive');

  fireEvent.click(row(/Browse the template gallery/));
  fireEvent.click(screen.getByRole('button', { name: 'Open gallery' }));
  expect(props.onAction).toHaveBeenLastCalledWith('templates');
  // not skippable, not manual: only its action
  expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();

  fireEvent.click(row(/Add a profile photo/));
  fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
  expect(props.onSkip).toHaveBeenCalledWith('profile_photo');
});

test('done steps offer neither Skip nor Mark as done', () => {
  render(<Checklist {...checklistProps()} />);
  fireEvent.click(row(/Create your first doc/));
  const details = document.getElementById(row(/Create your first doc/).getAttribute('aria-controls')!)!;
  expect(within(details).getByRole('button', { name: 'New doc' })).toBeTruthy();
  expect(within(details).queryByRole('button', { name: 'Skip' })).toBeNull();
  expect(within(details).queryByRole('button', { name: 'Mark as done' })).toBeNull();
});

test('collapse, launcher and dismiss call back; the launcher shows "Get started · 2/6"', () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  fireEvent.click(screen.getByRole('button', { name: 'Collapse' }));
  expect(props.onToggle).toHaveBeenLastCalledWith(true);
  const launcher = screen.getByRole('button', { name: /Get started · 2\/6/ });
  expect(launcher.getAttribute('aria-expanded')).toBe('false');
  expect(screen.queryByRole('list')).toBeNull();
  fireEvent.click(launcher);
  expect(props.onToggle).toHaveBeenLastCalledWith(false);
  expect(screen.getByRole('list')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
  expect(props.onDismiss).toHaveBeenCalledOnce();
});

test('Escape inside the card asks to collapse', () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  fireEvent.keyDown(row(/Share two docs/), { key: 'Escape' });
  expect(props.onToggle).toHaveBeenCalledWith(true);
});

test('new steps re-render the count and announces the finished step politely', async () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  expect(status().textContent).toBe('');
  await act(() => {
    props.setStatus('share_docs', 'done');
  });
  expect(screen.getByText('3 of 6')).toBeTruthy();
  expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('3');
  expect(status().textContent).toBe('Share two docs: done');
  expect(row(/Share two docs/).textContent).toContain('(Done)');
});

test('a skipped step leaves the count and says "Skipped"', async () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  fireEvent.click(row(/Add a profile photo/));
  fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
  await act(() => {});
  expect(screen.getByText('2 of 5')).toBeTruthy();
  expect(row(/Add a profile photo/).textContent).toContain('Skipped');
  expect(status().textContent).toBe('Add a profile photo: skipped');
});

test('finishing every step celebrates with the done text, on screen and in the live region', async () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  expect(screen.queryByText('You are all set. Welcome aboard!')).toBeNull();
  await act(() => {
    for (const id of ['connect_drive', 'share_docs', 'profile_photo']) props.setStatus(id, 'done');
  });
  await act(() => {
    props.setStatus('templates', 'skipped');
  });
  expect(screen.getByText('You are all set. Welcome aboard!')).toBeTruthy();
  expect(status().textContent).toBe('Browse the template gallery: skipped. You are all set. Welcome aboard!');
  expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('5');
  expect(screen.getByRole('progressbar').getAttribute('aria-valuemax')).toBe('5');
});

test('the collapsed signal switches between card and launcher', async () => {
  const props = checklistProps();
  render(<Checklist {...props} />);
  await act(() => {
    props.collapsed.value = true;
  });
  expect(screen.queryByRole('heading')).toBeNull();
  expect(screen.getByRole('button', { name: /Get started/ })).toBeTruthy();
});

test('Simplified Chinese UI strings and count', () => {
  render(<Checklist {...checklistProps({ locale: 'zh-CN' })} />);
  expect(screen.getByText('2 / 6')).toBeTruthy();
  expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('已完成 2 / 6 步');
  expect(screen.getByRole('button', { name: '标记为已完成' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '跳过' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '收起' })).toBeTruthy();
  expect(row(/Create your first doc/).textContent).toContain('已完成');
  expect(document.querySelector('.kit')?.getAttribute('lang')).toBe('zh-CN');
  // a step's state, as a screen reader hears it after the label: in full-width brackets, with no space before them
  const labels = [...document.querySelectorAll('.label')].map((label) => label.textContent);
  expect(labels.slice(0, 3)).toEqual(['Create your first doc（已完成）', 'Invite a teammate（已完成）', 'Connect Google Drive（待完成）']);
});

test('unknown locales fall back to English; Arabic, Hebrew, Persian and Urdu render right to left', () => {
  const { unmount } = render(<Checklist {...checklistProps({ locale: 'fr-CA' })} />);
  expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
  expect(document.querySelector('.kit')?.getAttribute('dir')).toBe('ltr');
  unmount();
  for (const locale of ['ar', 'he-IL', 'fa', 'ur']) {
    const view = render(<Checklist {...checklistProps({ locale })} />);
    expect(view.container.querySelector('.kit')?.getAttribute('dir')).toBe('rtl');
    view.unmount();
  }
});

test('a javascript: action URL is never rendered as a link', () => {
  const props = checklistProps();
  props.steps = props.steps.map((step) =>
    step.id === 'connect_drive' ? { ...step, action: { label: 'Connect', url: 'javascript:alert(1)' } } : step,
  );
  render(<Checklist {...props} />);
  expect(screen.queryByRole('link')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
  expect(props.onAction).toHaveBeenCalledWith('connect_drive');
});
