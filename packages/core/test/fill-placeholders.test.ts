import { expect, test } from 'vitest';
import { fillPlaceholders } from '../src/index.ts';

test('fills known paths, leaves unknown roots for a later pass, and empties missing leaves', () => {
  const values = { user: { first_name: 'Mei', plan: { name: 'Growth' } } };
  expect(fillPlaceholders('Hi {{user.first_name}}, {{ user.plan.name }} plan. {{value.hours}} h. {{user.nope}}!', values)).toBe(
    'Hi Mei, Growth plan. {{value.hours}} h. !',
  );
});

test('markup in a value comes back as the same characters, to be rendered as text', () => {
  const evil = '<img src=x onerror=alert(1)>';
  expect(fillPlaceholders('Welcome, {{user.first_name}}', { user: { first_name: evil } })).toBe(`Welcome, ${evil}`);
});

test('numbers use the given formatter; objects, arrays and inherited keys never print', () => {
  const format = (n: number) => new Intl.NumberFormat('de').format(n);
  expect(fillPlaceholders('{{value.hours}} h', { value: { hours: 1234.5 } }, format)).toBe('1.234,5 h');
  expect(fillPlaceholders('[{{user.plan}}][{{user.tags}}][{{user.constructor}}]', { user: { plan: { a: 1 }, tags: ['x'] } })).toBe(
    '[][][]',
  );
});
