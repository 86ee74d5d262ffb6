// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import type { Campaign } from '@growthkit/core';
import type { MountOptions } from '@growthkit/widgets';
import type { WidgetApi, WidgetModule } from '../src/widgets/widget-module.ts';
import { checklistCampaign, fakeRuntime, widgetsUpdated, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<div data-growthkit="checklist"></div><div data-growthkit="second"></div>');

const INIT = { key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' };

/** a runtime whose widget module is the fake one changed by `change` (a fault injected in one of its parts) */
async function withModule(
  change: (module: WidgetModule<Campaign, unknown>) => Partial<WidgetModule<Campaign, unknown>>,
  campaigns?: Campaign[],
) {
  const runtime = fakeRuntime(campaigns);
  destroyAfter(runtime.growthkit.destroy);
  const module = (await runtime.loadWidget('checklist')) as WidgetModule<Campaign, unknown>;
  runtime.loadWidget.mockClear();
  runtime.loadWidget.mockResolvedValue({ ...module, ...change(module) });
  runtime.growthkit.init(INIT);
  return runtime;
}

const errors = async (runtime: ReturnType<typeof fakeRuntime>) => {
  await runtime.growthkit.flush();
  return runtime.events.filter((event) => event.name === 'gk.error');
};

describe('a widget that throws', () => {
  test('in its render, an effect or a handler (its mount reports it): off the page, gk.error once, the SDK goes on', async () => {
    let report: MountOptions['onError'];
    const runtime = await withModule((module) => ({
      mount: (root, props, options) => {
        report = options?.onError;
        return module.mount(root, props, options);
      },
    }));
    await vi.waitFor(() => expect(report).toBeDefined());
    expect(document.querySelector('[data-growthkit-widget]')).not.toBeNull();
    // what mountWidget does when its boundary or a wrapped handler catches; a second error of the same widget is the same failure
    report!(new TypeError('handler bug'));
    report!(new TypeError('handler bug'));
    expect(document.querySelector('[data-growthkit-widget]')).toBeNull();
    const [error, ...more] = await errors(runtime);
    expect(more).toEqual([]);
    expect(error).toMatchObject({
      type: 'widget',
      campaignId: 'onboarding',
      props: { widget: 'checklist', kind: 'throw', message: 'TypeError: handler bug' },
    });
    expect(runtime.log.mock.calls.filter(([message]) => String(message).includes('failed and was removed'))).toHaveLength(1);
    // it stays off for this page's life, and the SDK keeps working
    runtime.growthkit.track('after');
    await widgetsUpdated();
    expect(document.querySelector('[data-growthkit-widget]')).toBeNull();
    await runtime.growthkit.flush();
    expect(runtime.names()).toContain('after');
  });

  test("in its logic's refresh: the same", async () => {
    let explode = false;
    const runtime = await withModule((module) => ({
      controller: (campaign: Campaign, api: WidgetApi) => {
        const logic = module.controller(campaign, api);
        return {
          ...logic,
          refresh() {
            if (explode) throw new Error('refresh bug');
            logic.refresh();
          },
        };
      },
    }));
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
    explode = true;
    runtime.growthkit.track('doc_created');
    await widgetsUpdated();
    expect(document.querySelector('[data-growthkit-widget]')).toBeNull();
    expect((await errors(runtime)).map((event) => event.props)).toEqual([
      { widget: 'checklist', kind: 'throw', message: 'Error: refresh bug' },
    ]);
  });

  test('while its logic is created: it fails alone, the next campaign still shows', async () => {
    const second = checklistCampaign({ id: 'second', placement: { slot: 'second' } });
    const runtime = await withModule(
      (module) => ({
        controller: (campaign: Campaign, api: WidgetApi) => {
          if (campaign.id === 'onboarding') throw new Error('constructor bug');
          return module.controller(campaign, api);
        },
      }),
      [checklistCampaign({ priority: 100 }), second],
    );
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
    expect(runtime.mounted[0].root.host.parentElement?.getAttribute('data-growthkit')).toBe('second');
    expect((await errors(runtime)).map((event) => event.campaignId)).toEqual(['onboarding']);
  });

  test('when the page refuses its element (a patched attachShadow): gk.error, nothing thrown', async () => {
    const attachShadow = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(() => {
      throw new Error('no shadow here');
    });
    try {
      const runtime = fakeRuntime();
      destroyAfter(runtime.growthkit.destroy);
      runtime.growthkit.init(INIT);
      await vi.waitFor(() => expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('no shadow here')));
      expect((await errors(runtime)).map((event) => event.props.message)).toEqual(['Error: no shadow here']);
    } finally {
      attachShadow.mockRestore();
    }
  });

  test('whose chunk does not load: gk.error of kind load for each campaign waiting for it', async () => {
    const runtime = fakeRuntime();
    destroyAfter(runtime.growthkit.destroy);
    runtime.loadWidget.mockRejectedValue(new Error('chunk failed to load'));
    runtime.growthkit.init(INIT);
    await vi.waitFor(() => expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('chunk failed to load')));
    expect((await errors(runtime)).map((event) => [event.campaignId, event.props])).toEqual([
      ['onboarding', { widget: 'checklist', kind: 'load', message: 'Error: chunk failed to load' }],
    ]);
  });

  test('whose chunk did not load: asked for again at the next page view, and it shows once the network is back', async () => {
    const runtime = fakeRuntime();
    destroyAfter(runtime.growthkit.destroy);
    const module = await runtime.loadWidget('checklist');
    runtime.loadWidget.mockClear();
    runtime.loadWidget.mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    runtime.growthkit.init(INIT);
    await vi.waitFor(() => expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('Failed to fetch')));
    // not again within the page view, whatever the page does meanwhile
    runtime.growthkit.track('doc_created');
    await widgetsUpdated();
    expect(runtime.loadWidget).toHaveBeenCalledTimes(1);
    expect(runtime.mounted).toHaveLength(0);
    // the network is back; the single-page app moves to its next page
    runtime.loadWidget.mockResolvedValue(module);
    history.pushState({}, '', '/docs');
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
    expect(runtime.loadWidget).toHaveBeenCalledTimes(2);
    expect((await errors(runtime)).map((event) => event.props.kind)).toEqual(['load']);
  });

  test('whose chunk does not load while its slot is missing: asked for once, one gk.error, no loop of loads', async () => {
    document.body.innerHTML = '<main></main>';
    const runtime = fakeRuntime();
    destroyAfter(runtime.growthkit.destroy);
    runtime.loadWidget.mockRejectedValue(new Error('chunk failed to load'));
    runtime.growthkit.init(INIT);
    await vi.waitFor(() => expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('chunk failed to load')));
    // time for the loop the failure used to start: a re-decision, a preload, a failure, a re-decision…
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(runtime.loadWidget).toHaveBeenCalledTimes(1);
    expect((await errors(runtime)).map((event) => event.campaignId)).toEqual(['onboarding']);
  });
});
