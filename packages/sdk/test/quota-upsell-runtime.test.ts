// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { CampaignSchema, type GrowthEvent } from '@growthkit/core';
import type { QuotaProps, UpsellProps } from '@growthkit/widgets';
import { DEMO_QUOTA } from '../../../apps/collector/src/seed/demo-quota.ts';
import { DEMO_UPSELL } from '../../../apps/collector/src/seed/demo-upsell.ts';
import { PERSONAS } from '../../../demo/src/personas.ts';
import { fakeRuntime, widgetsUpdated, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<main><div data-growthkit="upsell"></div></main>');

async function started(campaign: unknown, persona: keyof typeof PERSONAS) {
  const runtime = fakeRuntime([CampaignSchema.parse(campaign)]);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  runtime.growthkit.identify(`${persona}-1`, PERSONAS[persona]);
  const widgetEvents = async () => {
    await runtime.growthkit.flush();
    return runtime.events.filter((event) => event.name.startsWith('gk.')).map((event: GrowthEvent) => [event.name, event.props]);
  };
  return { ...runtime, widgetEvents };
}

describe('quota prompt runtime', () => {
  test('80% → banner, 100% → dialog, Upgrade calls the host with the plan, 50% hides both (acceptance 3)', async () => {
    const { growthkit, mounted, widgetEvents } = await started(DEMO_QUOTA, 'basic');
    const upgrade = vi.fn();
    growthkit.on('upgrade', upgrade);
    growthkit.usage('storage_gb', 2, 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mounted).toHaveLength(0);

    growthkit.usage('storage_gb', 4, 5);
    await vi.waitFor(() => expect(mounted).toHaveLength(1));
    const widget = mounted[0] as unknown as { props: QuotaProps; root: ShadowRoot };
    expect(widget.root.host.parentElement).toBe(document.body); // floating, as a banner
    await vi.waitFor(() => expect(widget.props.show.value).toBe('banner'));
    expect(widget.props.usage.value).toMatchObject({ used: 4, limit: 5 });
    expect(widget.props.body).toBe('Ben, new uploads are paused. Upgrade to keep your team working without interruption.');

    growthkit.usage('storage_gb', 5, 5);
    await widgetsUpdated();
    expect(widget.props.show.value).toBe('dialog');
    widget.props.onTrial();
    expect(upgrade).toHaveBeenCalledWith({ campaignId: 'storage-quota', plan: 'growth', metric: 'storage_gb', trial: true });
    // the host takes over from the dialog; the banner keeps the way to upgrade in view
    expect(widget.props.show.value).toBe('banner');
    widget.props.onUpgrade();
    expect(upgrade).toHaveBeenLastCalledWith({ campaignId: 'storage-quota', plan: 'growth', metric: 'storage_gb' });

    growthkit.usage('storage_gb', 2.5, 5);
    await vi.waitFor(() => expect(widget.root.host.isConnected).toBe(false));
    expect(await widgetEvents()).toEqual([
      ['gk.shown', { level: 'warn' }],
      ['gk.shown', { level: 'limit' }],
      ['gk.click', { action: 'trial', plan: 'growth', level: 'limit' }],
      // the banner back after the trial is seen once painted: after the click made in the same task
      ['gk.click', { action: 'upgrade', plan: 'growth', level: 'limit' }],
      ['gk.shown', { level: 'limit' }],
    ]);
  });

  test('without an upgrade handler, Upgrade follows the plan URL; a dismissed banner still lets the dialog come', async () => {
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => undefined);
    const { growthkit, mounted, widgetEvents } = await started(DEMO_QUOTA, 'trial');
    growthkit.usage('storage_gb', 4.2, 5);
    await vi.waitFor(() => expect(mounted).toHaveLength(1));
    const widget = mounted[0] as unknown as { props: QuotaProps };
    await vi.waitFor(() => expect(widget.props.show.value).toBe('banner'));
    widget.props.onUpgrade();
    expect(assign).toHaveBeenCalledWith('/account#upgrade');
    widget.props.onDismiss('warn');
    expect(widget.props.show.value).toBe('none');
    growthkit.usage('storage_gb', 5, 5);
    await widgetsUpdated();
    expect(widget.props.show.value).toBe('dialog');
    widget.props.onDismiss('limit');
    expect(widget.props.show.value).toBe('none'); // both parts dismissed
    expect((await widgetEvents()).filter(([name]) => name === 'gk.dismiss')).toEqual([
      ['gk.dismiss', { level: 'warn' }],
      ['gk.dismiss', { level: 'limit' }],
    ]);
    assign.mockRestore();
  });

  test('a growth customer is not the audience of the storage prompt', async () => {
    const { growthkit, mounted } = await started(DEMO_QUOTA, 'growth');
    growthkit.usage('storage_gb', 5, 5);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mounted).toHaveLength(0);
  });
});

describe('upsell card runtime', () => {
  test('the growth persona sees the seats offer in the slot; dismissing it takes the card off this page and the next best comes on the next; events name the offer', async () => {
    const { growthkit, mounted, widgetEvents } = await started(DEMO_UPSELL, 'growth');
    const cta = vi.fn();
    growthkit.on('cta', cta);
    await vi.waitFor(() => expect(mounted).toHaveLength(1));
    const widget = mounted[0] as unknown as { props: UpsellProps; root: ShadowRoot };
    expect(widget.root.host.parentElement?.getAttribute('data-growthkit')).toBe('upsell');
    await vi.waitFor(() => expect(widget.props.offer.value?.id).toBe('growth-seats'));
    expect(widget.props.heading).toBe('Recommended for you');
    widget.props.onAction('growth-seats');
    expect(cta).toHaveBeenCalledWith({ campaignId: 'upsell-card', offer: 'growth-seats', action: 'add_seats' });
    widget.props.onDismiss('growth-seats');
    // the card leaves this page: no next offer under the user's focus, and nothing counted as shown
    expect(widget.props.offer.value).toBeUndefined();
    growthkit.track('doc_created');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(widget.props.offer.value).toBeUndefined();
    // the next page brings the next best
    history.pushState({}, '', '/next-page');
    await vi.waitFor(() => expect(widget.props.offer.value?.id).toBe('growth-analytics'));
    expect(await widgetEvents()).toEqual([
      ['gk.shown', { offer: 'growth-seats' }],
      ['gk.click', { offer: 'growth-seats', action: 'add_seats' }],
      ['gk.dismiss', { offer: 'growth-seats' }],
      ['gk.shown', { offer: 'growth-analytics' }],
    ]);
  });

  test('a first name holding markup reaches the widget as plain text', async () => {
    const runtime = fakeRuntime([CampaignSchema.parse(DEMO_UPSELL)]);
    destroyAfter(runtime.growthkit.destroy);
    runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
    runtime.growthkit.identify('t-1', { ...PERSONAS.trial, first_name: '<img src=x onerror=alert(1)>' });
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
    const widget = runtime.mounted[0] as unknown as { props: UpsellProps };
    await vi.waitFor(() =>
      expect(widget.props.offer.value?.title).toBe('<img src=x onerror=alert(1)>, keep your work when the trial ends'),
    );
  });
});
