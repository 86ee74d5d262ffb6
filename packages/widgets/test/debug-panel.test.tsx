// @vitest-environment happy-dom
import { h } from 'preact';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { DebugPanel } from '../src/debug-panel/index.ts';

afterEach(cleanup);

test('the English-only panel says it is English, left to right, whatever the host page is in', () => {
  document.documentElement.lang = 'zh-CN';
  document.documentElement.dir = 'rtl';
  render(<DebugPanel rows={[]} decidedAt="2026-12-07T18:00:00.000Z" />);
  const panel = screen.getByRole('region', { name: 'GrowthKit debug' });
  expect(panel.closest('[lang]')?.getAttribute('lang')).toBe('en');
  expect(panel.closest('[dir]')?.getAttribute('dir')).toBe('ltr');
});
