// @vitest-environment happy-dom
import { h } from 'preact';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { Survey } from '../src/survey/index.ts';
import { choiceProps, npsProps } from './survey-fixture.ts';

afterEach(cleanup);

test('NPS: a labelled group of 0–10 between "Not likely" and "Very likely"; Send appears once a score is picked', () => {
  render(<Survey {...npsProps()} />);
  const group = screen.getByRole('group', { name: 'How likely are you to recommend Acme Reports to a friend?' });
  expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')!.textContent)).toEqual([
    '0',
    '1',
    '2',
    '3',
    '4',
    '5',
    '6',
    '7',
    '8',
    '9',
    '10',
  ]);
  expect(document.getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe('0 Not likely 10 Very likely');
  expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
  expect(screen.queryByRole('textbox')).toBeNull();
});

test('NPS: the follow-up follows the band of the score; Send reports the score with the text, then thanks', async () => {
  const props = npsProps();
  render(<Survey {...props} />);
  await act(() => void fireEvent.click(screen.getByRole('radio', { name: '9' })));
  expect(screen.getByRole('textbox', { name: 'What is the main reason for your score?' })).toBeTruthy();
  await act(() => void fireEvent.click(screen.getByRole('radio', { name: '3' })));
  const text = screen.getByRole('textbox', { name: 'What disappointed you?' });
  await act(() => void fireEvent.input(text, { target: { value: 'Exports are slow' } }));
  await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Send' })));
  expect(props.onAnswer).toHaveBeenCalledExactlyOnceWith({ score: 3, text: 'Exports are slow' });
  expect(screen.getByRole('status').textContent).toBe('Thank you for your answer!');
  expect(screen.queryByRole('radio')).toBeNull();
});

test('choice: the options as radios, the open text, and the choice reported', async () => {
  const props = choiceProps();
  render(<Survey {...props} />);
  expect(screen.getByRole('group', { name: 'What was the main reason you cancelled?' })).toBeTruthy();
  await act(() => void fireEvent.click(screen.getByRole('radio', { name: 'Too expensive' })));
  expect(screen.getByRole('textbox', { name: 'Anything we could have done better?' })).toBeTruthy();
  await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Send' })));
  expect(props.onAnswer).toHaveBeenCalledExactlyOnceWith({ choice: 'too_expensive', text: '' });
});

test('answered before: only the thank-you, never the question again', () => {
  render(<Survey {...npsProps({ answered: true })} />);
  expect(screen.getByRole('status').textContent).toBe('Thank you for your answer!');
  expect(screen.queryByRole('radio')).toBeNull();
});

test('zh-CN: the scale ends, Send and thanks in Chinese; Escape closes', async () => {
  const props = npsProps({ locale: 'zh-CN' });
  render(<Survey {...props} />);
  expect(screen.getByText('不太可能', { exact: false })).toBeTruthy();
  await act(() => void fireEvent.click(screen.getByRole('radio', { name: '10' })));
  expect(screen.getByRole('textbox', { name: '你打这个分数的主要原因是什么？' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '发送' })).toBeTruthy();
  fireEvent.keyDown(screen.getByRole('region'), { key: 'Escape' });
  expect(props.onDismiss).toHaveBeenCalledOnce();
});
