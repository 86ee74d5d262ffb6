import { describe, expect, test } from 'vitest';
import { DEMO_QUOTA } from '../../../apps/collector/src/seed/demo-quota.ts';
import { CampaignSchema, quotaPrompt, type QuotaWidget } from '../src/index.ts';

const widget = CampaignSchema.parse(DEMO_QUOTA).widget as QuotaWidget;
const now = new Date('2026-11-22T10:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
const show = (used: number, dismissals: Record<string, string> = {}, limit = 5) =>
  quotaPrompt({ used, limit }, widget, dismissals, now).show;

describe('quota prompt', () => {
  test('80% brings the banner, 100% the dialog, and 50% hides both', () => {
    expect(show(3.9)).toBe('none');
    expect(show(4)).toBe('banner');
    expect(quotaPrompt({ used: 4.1, limit: 5 }, widget, {}, now)).toEqual({ level: 'warn', show: 'banner' });
    expect(show(5)).toBe('dialog');
    expect(show(6)).toBe('dialog');
    expect(show(2.5)).toBe('none');
  });

  test('no meter or no limit shows nothing', () => {
    expect(quotaPrompt(undefined, widget, {}, now)).toEqual({ level: 'none', show: 'none' });
    expect(show(3, {}, 0)).toBe('none');
  });

  test('a dismissed banner stays away for remindAfterHours, but the limit dialog still comes', () => {
    expect(show(4.5, { warn: hoursAgo(1) })).toBe('none');
    expect(show(5, { warn: hoursAgo(1) })).toBe('dialog');
    expect(show(4.5, { warn: hoursAgo(25) })).toBe('banner');
  });

  test('a dismissed dialog falls back to the banner; with both dismissed nothing shows', () => {
    expect(show(5, { limit: hoursAgo(1) })).toBe('banner');
    expect(show(5, { limit: hoursAgo(1), warn: hoursAgo(1) })).toBe('none');
    expect(show(5, { limit: hoursAgo(30) })).toBe('dialog');
  });

  test('the schema refuses a warn threshold above the limit threshold and an unknown unit shape', () => {
    const parse = (patch: object) => CampaignSchema.safeParse({ ...DEMO_QUOTA, widget: { ...DEMO_QUOTA.widget, ...patch } });
    expect(parse({ warnAt: 1.2 }).error?.issues[0].message).toBe('warnAt must not exceed limitAt');
    expect(parse({ unit: 'GB' }).error?.issues[0].message).toBe('must be an Intl unit such as "gigabyte"');
    expect(parse({}).success).toBe(true);
  });
});
