// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { CampaignSchema, type GrowthEvent } from '@growthkit/core';
import type { CancelFlowProps } from '@growthkit/widgets';
import { DEMO_CANCEL_FLOW } from '../../../apps/collector/src/seed/demo-cancel-flow.ts';
import { checklistCampaign, fakeRuntime, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<main></main>');

function started(campaigns = [CampaignSchema.parse(DEMO_CANCEL_FLOW)]) {
  const runtime = fakeRuntime(campaigns);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  runtime.growthkit.identify('user_1', { first_name: 'Ada' });
  const outcomes = async () => {
    await runtime.growthkit.flush();
    return runtime.events.filter((event) => event.name === 'gk.cancel_outcome').map((event: GrowthEvent) => event.props);
  };
  /** the flow's widget, the `nth` mounted */
  const flow = async (nth = 1) => {
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(nth));
    return runtime.mounted[nth - 1] as unknown as { props: CancelFlowProps; root: ShadowRoot };
  };
  return { ...runtime, outcomes, flow };
}

describe('growthkit.cancelFlow()', () => {
  test('runs the cancel-flow campaign above the page; confirming resolves cancelled with the reason, reported once', async () => {
    const { growthkit, flow, outcomes, events } = started();
    const heard = vi.fn();
    growthkit.on('cancel:outcome', heard);
    const shown = vi.fn();
    growthkit.on('shown', shown);
    const callback = vi.fn();
    const answer = growthkit.cancelFlow({}, callback);
    const { props, root } = await flow();
    expect(root.host.parentElement).toBe(document.body);
    expect(props.title).toBe('Before you go, Ada');
    const offer = props.offerFor({ reason: 'too_expensive' })!;
    expect(offer).toMatchObject({ id: 'half-off-3-months', title: 'Stay for half the price' });
    props.onOffer({ reason: 'too_expensive' }, offer.id);
    // the offer is seen (in view, as the IntersectionObserver says) before the user decides
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(2));
    props.onConfirm({ reason: 'too_expensive' }, offer.id);
    props.onConfirm({ reason: 'too_expensive' }, offer.id);
    const result = { outcome: 'cancelled', reason: 'too_expensive', offer: 'half-off-3-months' };
    await expect(answer).resolves.toEqual(result);
    expect(callback).toHaveBeenCalledExactlyOnceWith(result);
    expect(heard).toHaveBeenCalledExactlyOnceWith({ campaignId: 'cancel-flow', ...result });
    expect(await outcomes()).toEqual([result]);
    // the offer put is counted as shown, for the churn report
    expect(events.filter((event) => event.name === 'gk.shown').map((event) => event.props)).toEqual([{}, { offer: 'half-off-3-months' }]);
    await vi.waitFor(() => expect(root.host.isConnected).toBe(false));
  });

  test('accepting the offer resolves saved and runs its action; closing resolves dismissed; "other" keeps its words', async () => {
    const { growthkit, flow, outcomes } = started();
    const cta = vi.fn();
    growthkit.on('cta', cta);
    const saved = growthkit.cancelFlow();
    let { props } = await flow();
    props.onAccept({ reason: 'business_changed' }, 'pause-3-months');
    await expect(saved).resolves.toEqual({ outcome: 'saved', reason: 'business_changed', offer: 'pause-3-months' });
    expect(cta).toHaveBeenCalledWith({ campaignId: 'cancel-flow', offer: 'pause-3-months', action: 'pause_subscription' });

    const dismissed = growthkit.cancelFlow();
    ({ props } = await flow(2));
    props.onDismiss();
    await expect(dismissed).resolves.toEqual({ outcome: 'dismissed' });

    const other = growthkit.cancelFlow();
    ({ props } = await flow(3));
    props.onConfirm({ reason: 'other', text: 'We are merging with another team' });
    await expect(other).resolves.toEqual({ outcome: 'cancelled', reason: 'other', text: 'We are merging with another team' });
    expect((await outcomes()).map((props) => props.outcome)).toEqual(['saved', 'dismissed', 'cancelled']);
  });

  test('no cancel-flow campaign: the host gets proceed within 3 s, reported once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { growthkit, events } = started([]);
      const answer = growthkit.cancelFlow();
      await vi.advanceTimersByTimeAsync(2999);
      const early = vi.fn();
      void answer.then(early);
      await Promise.resolve();
      expect(early).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      await expect(answer).resolves.toEqual({ outcome: 'proceed' });
      await vi.advanceTimersByTimeAsync(2000);
      expect(events.filter((event) => event.name === 'gk.cancel_outcome').map((event) => [event.campaignId, event.props])).toEqual([
        ['cancel-flow', { outcome: 'proceed' }],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  test('called before init and answered proceed at 3 s, it never opens: the host has gone on with its cancellation', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const runtime = fakeRuntime([CampaignSchema.parse(DEMO_CANCEL_FLOW), checklistCampaign({ placement: { floating: 'corner-end' } })]);
      destroyAfter(runtime.growthkit.destroy);
      const answer = runtime.growthkit.cancelFlow();
      await vi.advanceTimersByTimeAsync(3000);
      await expect(answer).resolves.toEqual({ outcome: 'proceed' });
      runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
      runtime.growthkit.identify('user_1');
      // the checklist showing says the config came and was decided on
      await vi.waitFor(() => expect(runtime.mounted.length).toBeGreaterThan(0));
      await vi.advanceTimersByTimeAsync(100);
      expect(runtime.mounted.map(({ root }) => root.host.getAttribute('data-growthkit-widget'))).not.toContain('modal');
      expect(runtime.mounted).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('options whose getter throws: a warning, and the host still gets its answer', async () => {
    const { growthkit, flow, log } = started();
    const options = Object.defineProperty({}, 'campaignId', {
      enumerable: true,
      get() {
        throw new Error('trap');
      },
    });
    const answer = growthkit.cancelFlow(options);
    const { props } = await flow();
    props.onDismiss();
    await expect(answer).resolves.toEqual({ outcome: 'dismissed' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('cancelFlow(options?) needs an object'));
  });

  test("its widget's chunk failing answers proceed at once, and a wrong call still answers", async () => {
    const runtime = started();
    runtime.loadWidget.mockRejectedValue(new Error('blocked'));
    const t0 = performance.now();
    await expect(runtime.growthkit.cancelFlow()).resolves.toEqual({ outcome: 'proceed' });
    expect(performance.now() - t0).toBeLessThan(1000);
    const wrong = (runtime.growthkit.cancelFlow as (options: unknown) => Promise<unknown>)('cancel');
    await expect(wrong).resolves.toEqual({ outcome: 'proceed' });
    expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('cancelFlow(options?) needs an object'));
  });
});
