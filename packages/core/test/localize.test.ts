import { expect, test } from 'vitest';
import { displayLocale, localize } from '../src/localize.ts';

const text = { en: 'Get started', 'zh-CN': '开始使用' };

test('a text is read in the exact tag, then the language, then a sibling of the language, then English', () => {
  expect(localize(text, 'zh-CN')).toBe('开始使用');
  expect(localize({ ...text, zh: '开始' }, 'zh-TW')).toBe('开始');
  expect(localize(text, 'zh-TW')).toBe('开始使用');
  expect(localize(text, 'ar')).toBe('Get started');
});

test("a widget speaks the user's locale when the project has their language, else the project's default", () => {
  const settings = { locales: ['en', 'zh-CN'], defaultLocale: 'en' };
  expect(displayLocale('zh-CN', settings)).toBe('zh-CN');
  // their own region kept: its dates and numbers
  expect(displayLocale('en-GB', settings)).toBe('en-GB');
  expect(displayLocale('zh-TW', settings)).toBe('zh-TW');
  // a right-to-left language the project does not translate: the widget is English, left to right
  expect(displayLocale('ar', settings)).toBe('en');
  expect(displayLocale('he-IL', { locales: ['de', 'en'], defaultLocale: 'de' })).toBe('de');
});
