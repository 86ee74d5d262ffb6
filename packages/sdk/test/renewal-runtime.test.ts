// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { CampaignSchema, type GrowthEvent } from '@growthkit/core';
import type { RenewalProps } from '@growthkit/widgets';
import { DEMO_RENEWAL } from '../../../apps/collector/src/seed/demo-renewal.ts';
import { PERSONAS } from '../../../demo/src/personas.ts';
import { fakeRuntime, usePage, widgetsUpdated } from './runtime-support.ts';

const destroyAfter = usePage('<main></main>');
const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

function started(traits: Record<string, unknown>) {
  const runtime = fakeRuntime([CampaignSchema.parse(DEMO_RENEWAL)]);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  runtime.growthkit.identify('ari-1', traits);
  const widgetEvents = async () => {
    await runtime.growthkit.flush();
    return runtime.events.filter((event) => event.name.startsWith('gk.')).map((event: GrowthEvent) => [event.name, event.props]);
  };
  const props = () => runtime.mounted[0].props as unknown as RenewalProps;
  return { ...runtime, widgetEvents, props };
}

test('the at-risk persona gets the 15-day prompt with its offer; closing it settles that stage only, and the 7-day one still comes', async () => {
  const { growthkit, mounted, props, widgetEvents } = started({ ...PERSONAS['at-risk'] });
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await vi.waitFor(() => expect(props().view.value?.title).toBe('Your plan renews in 15 days'));
  growthkit.track('report_generated');
  growthkit.track('doc_created');
  await widgetsUpdated();
  expect(props().view.value).toMatchObject({
    recap: { total: 25, unit: 'minutes', score: null, features: null },
    offer: { id: 'flexible-billing' },
  });

  props().onDismiss();
  expect(props().view.value).toBeUndefined();
  // a week later, the same account 7 days before renewal
  growthkit.identify('ari-1', { ...PERSONAS['at-risk'], renews_at: inDays(6.5) });
  await vi.waitFor(() => expect(props().view.value?.title).toBe('Your plan renews in 7 days'));
  expect(await widgetEvents()).toEqual([
    ['gk.shown', { stage: 15, offer: 'flexible-billing' }],
    ['gk.dismiss', { stage: 15, offer: 'flexible-billing' }],
    ['gk.shown', { stage: 7, offer: 'flexible-billing' }],
  ]);
});

test('accepting the offer calls the host’s cta handler and settles the stage without reporting a dismissal', async () => {
  const { growthkit, mounted, props, widgetEvents } = started({ ...PERSONAS['at-risk'] });
  const cta = vi.fn();
  growthkit.on('cta', cta);
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await vi.waitFor(() => expect(props().view.value).toBeDefined());
  props().onAccept('flexible-billing');
  expect(cta).toHaveBeenCalledWith({ campaignId: 'renewal', offer: 'flexible-billing', action: 'switch_monthly' });
  expect(props().view.value).toBeUndefined();
  expect(await widgetEvents()).toEqual([
    ['gk.shown', { stage: 15, offer: 'flexible-billing' }],
    ['gk.click', { offer: 'flexible-billing', action: 'switch_monthly' }],
  ]);
});

test('an account with cancelled_at gets the win-back, its title filled from the user’s traits', async () => {
  const { mounted, props, widgetEvents } = started({ ...PERSONAS['at-risk'], cancelled_at: inDays(-1) });
  await vi.waitFor(() => expect(mounted).toHaveLength(1));
  await vi.waitFor(() => expect(props().view.value?.title).toBe('Ari, your docs are still here'));
  expect(props().view.value?.recap).toBeUndefined();
  expect(await widgetEvents()).toEqual([['gk.shown', { stage: 'win-back', offer: 'win-back-month' }]]);
});
