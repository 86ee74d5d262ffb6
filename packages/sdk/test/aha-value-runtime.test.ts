// @vitest-environment happy-dom
import { CampaignSchema } from '@growthkit/core';
import type { AhaProps, ValueSummaryProps } from '@growthkit/widgets';
import { describe, expect, test, vi } from 'vitest';
import { fakeRuntime, usePage, widgetsUpdated } from './runtime-support.ts';

const aha = CampaignSchema.parse({
  id: 'connect-customers',
  content: { title: { en: 'Connect 50 customers, {{user.first_name}}' } },
  placement: { slot: 'aha' },
  widget: {
    type: 'aha',
    metric: { kind: 'event', event: 'customer_connected' },
    unit: { en: 'customers' },
    milestones: [
      { at: 2, badge: { en: 'First two' }, message: { en: 'Two connected.' } },
      { at: 4, badge: { en: 'All four' }, message: { en: 'All four connected!' } },
    ],
  },
});

const value = CampaignSchema.parse({
  id: 'value-saved',
  content: { title: { en: 'You saved {{value.hours}} hours, {{user.first_name}}' } },
  placement: { slot: 'value' },
  widget: {
    type: 'value-summary',
    rules: [
      { event: 'report_generated', label: { en: 'Reports' }, minutes: 20 },
      { event: 'doc_created', label: { en: 'Docs' }, minutes: 5 },
    ],
    cta: { label: { en: 'Share' }, action: 'share-value' },
  },
});

const destroyAfter = usePage('<div data-growthkit="aha"></div><div data-growthkit="value"></div>');

async function started(campaign: typeof aha) {
  const runtime = fakeRuntime([campaign]);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  runtime.growthkit.identify('user_1', { first_name: '<img src=x onerror=alert(1)>' });
  await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
  // the props the widget was mounted with; their signals hold what it shows now
  return { ...runtime, props: () => runtime.mounted[0].props as unknown };
}

describe('aha progress runtime', () => {
  test('loads the aha chunk into its slot; user placeholders are filled as plain text', async () => {
    const { loadWidget, props, mounted } = await started(aha);
    expect(loadWidget).toHaveBeenCalledWith('aha', expect.any(String));
    expect(mounted[0].root.host.parentElement?.getAttribute('data-growthkit')).toBe('aha');
    expect((props() as AhaProps).title).toBe('Connect 50 customers, <img src=x onerror=alert(1)>');
  });

  test('each milestone is reported once with its value, the goal completes it, "Got it" dismisses for good', async () => {
    const { growthkit, names, events, props, mounted } = await started(aha);
    const p = () => props() as AhaProps;
    for (let i = 0; i < 3; i++) growthkit.track('customer_connected');
    await widgetsUpdated();
    expect([p().value.value, p().reached.value]).toEqual([3, [2]]);
    growthkit.track('customer_connected');
    growthkit.track('customer_connected');
    await widgetsUpdated();
    expect([p().value.value, p().reached.value]).toEqual([5, [2, 4]]);
    p().onAcknowledge();
    expect(mounted[0].unmount).toHaveBeenCalled();
    await growthkit.flush();
    const widgetEvents = events.filter((event) => event.type === 'widget');
    expect(widgetEvents.map((event) => [event.name, event.props])).toEqual([
      ['gk.shown', {}],
      ['gk.step_completed', { milestone: 2 }],
      ['gk.step_completed', { milestone: 4 }],
      ['gk.completed', {}],
      ['gk.dismiss', { reason: 'acknowledged' }],
    ]);
    growthkit.track('customer_connected');
    growthkit.page();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(mounted).toHaveLength(1); // not shown again
    expect(names().filter((name) => name === 'gk.shown')).toHaveLength(1);
  });

  test('a trait its texts say that changes while on screen mounts it again with the new text, in the same place and page view', async () => {
    const { growthkit, mounted, names } = await started(aha);
    growthkit.identify('user_1', { first_name: 'Ada' });
    await vi.waitFor(() => expect(mounted).toHaveLength(2));
    expect(mounted[0].unmount).toHaveBeenCalled();
    expect(mounted[1].root).toBe(mounted[0].root);
    expect((mounted[1].props as unknown as AhaProps).title).toBe('Connect 50 customers, Ada');
    growthkit.track('customer_connected');
    await widgetsUpdated();
    expect(mounted).toHaveLength(2); // the same texts: the widget follows its signals, nothing mounts again
    await growthkit.flush();
    expect(names().filter((name) => name === 'gk.shown')).toHaveLength(1);
  });

  test("a trait metric reads a dotted path into the user's traits: the account's customers move the progress", async () => {
    const byTrait = CampaignSchema.parse({ ...aha, widget: { ...aha.widget, metric: { kind: 'trait', trait: 'account.customers' } } });
    const { growthkit, events, props } = await started(byTrait);
    const p = () => props() as AhaProps;
    expect([p().value.value, p().reached.value]).toEqual([0, []]);
    growthkit.group('acct_1', { customers: 3 });
    await widgetsUpdated();
    expect([p().value.value, p().reached.value]).toEqual([3, [2]]);
    await growthkit.flush();
    expect(events.filter((event) => event.name === 'gk.step_completed').map((event) => event.props)).toEqual([{ milestone: 2 }]);
  });
});

describe('value summary runtime', () => {
  test('sums tracked events for the period, updates live, and reports period switches, the CTA and dismissal', async () => {
    const { growthkit, events, props, loadWidget } = await started(value);
    const p = () => props() as ValueSummaryProps;
    const cta = vi.fn();
    growthkit.on('cta', cta);
    expect(loadWidget).toHaveBeenCalledWith('value-summary', expect.any(String));
    expect(p().period.value).toBe('month');
    // nothing saved yet: the kit's encouraging headline, not "You saved 0 hours"
    expect(p().title.value).toBe('Your savings add up as you work');
    for (let i = 0; i < 3; i++) growthkit.track('report_generated');
    growthkit.track('doc_created');
    await widgetsUpdated();
    expect(p().summary.value).toMatchObject({ total: 65, unit: 'minutes', previousTotal: 0, change: null });
    // value.* filled in the locale's digits with the user's placeholders; a trait's markup stays text
    expect(p().title.value).toBe('You saved 1.1 hours, <img src=x onerror=alert(1)>');
    expect(p().summary.value.contributors).toEqual([
      { event: 'report_generated', count: 3, value: 60 },
      { event: 'doc_created', count: 1, value: 5 },
    ]);
    expect(p().labels).toEqual({ report_generated: 'Reports', doc_created: 'Docs' });
    p().onPeriod('signup');
    expect([p().period.value, p().summary.value.total, p().summary.value.previousTotal]).toEqual(['signup', 65, null]);
    p().onCta();
    expect(cta).toHaveBeenCalledWith({ campaignId: 'value-saved', action: 'share-value' });
    p().onDismiss();
    await growthkit.flush();
    expect(events.filter((event) => event.type === 'widget').map((event) => [event.name, event.props])).toEqual([
      ['gk.shown', {}],
      ['gk.click', { action: 'period', period: 'signup' }],
      ['gk.click', { action: 'share-value' }],
      ['gk.dismiss', {}],
    ]);
  });
});
