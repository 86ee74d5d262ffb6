import { afterEach, beforeEach, vi } from 'vitest';
import { CampaignSchema, PublicSettingsSchema, type CampaignInput, type GrowthEvent } from '@growthkit/core';
import type { ChecklistProps } from '@growthkit/widgets';
import { createRuntime } from '../src/create-runtime.ts';
import { AhaController } from '../src/widgets/aha-controller.ts';
import { ChecklistController } from '../src/widgets/checklist-controller.ts';
import { QuotaController } from '../src/widgets/quota-controller.ts';
import { UpsellController } from '../src/widgets/upsell-controller.ts';
import { ValueSummaryController } from '../src/widgets/value-summary-controller.ts';
import type { ControllerClass, WidgetModule, WidgetView } from '../src/widgets/widget-module.ts';
import { memoryStore } from './outbox-support.ts';

export const checklistCampaign = (overrides: Partial<CampaignInput> = {}) =>
  CampaignSchema.parse({
    id: 'onboarding',
    content: { title: { en: 'Get started', 'zh-CN': '开始使用' } },
    placement: { slot: 'checklist' },
    widget: {
      type: 'checklist',
      steps: [
        { id: 'create_doc', label: { en: 'Create a doc' }, complete: { kind: 'event', event: 'doc_created', count: 2 }, action: { label: { en: 'New doc' }, action: 'new-doc' } },
        { id: 'profile', label: { en: 'Add your company' }, complete: { kind: 'trait', condition: { company: { $exists: true } } } },
        { id: 'tour', label: { en: 'Take the tour' }, complete: { kind: 'manual' } },
        { id: 'campaign', label: { en: 'Plan a campaign' }, complete: { kind: 'manual' }, audience: { role: 'marketer' } },
      ],
    },
    ...overrides,
  });

/** Resolves once the widget update that calls made in this task asked for has run (WidgetRuntime.update: its own task). */
export const widgetsUpdated = () => new Promise<void>((resolve) => setTimeout(resolve));

/** A runtime wired to fakes: collector answers from memory, widgets captured instead of rendered. */
export function fakeRuntime(campaigns = [checklistCampaign()], store = memoryStore()) {
  const events: GrowthEvent[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.pathname === '/v1/config') return Response.json({ project: 'p', settings: PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' }), campaigns }, { headers: { etag: '"1"' } });
    if (url.pathname === '/v1/state') return init?.method === 'PUT' ? new Response(init.body as string) : Response.json({ campaigns: {} });
    const batch = JSON.parse(init!.body as string).events as GrowthEvent[];
    events.push(...batch);
    return Response.json({ accepted: batch.length, duplicates: 0, rejected: [] });
  });
  /** each widget mounted, with the props it was last rendered with */
  const mounted: { props: ChecklistProps; root: ShadowRoot; unmount: ReturnType<typeof vi.fn> }[] = [];
  // the real controllers (what each widget chunk carries) driving a fake view
  const view = {
    mount: (root: ShadowRoot, props: ChecklistProps) => {
      const widget = { props, root, unmount: vi.fn() };
      mounted.push(widget);
      return { update: (next: ChecklistProps) => void (widget.props = next), unmount: widget.unmount };
    },
  } as unknown as WidgetView<never>;
  const CONTROLLERS = { checklist: ChecklistController, aha: AhaController, 'value-summary': ValueSummaryController, quota: QuotaController, upsell: UpsellController };
  // one module for every type: its Controller creates the real one for the campaign's widget type
  const Controller = function (...[campaign, context, onClosed]: ConstructorParameters<ControllerClass>) {
    return new CONTROLLERS[campaign.widget.type](campaign as never, context, onClosed, view);
  } as unknown as ControllerClass;
  const loadWidget = vi.fn(async (_type?: string): Promise<unknown> => ({ Controller, mount: view.mount }) satisfies WidgetModule);
  const log = vi.fn();
  const growthkit = createRuntime({ loadWidget, fetch, store, log });
  const names = () => events.map((event) => event.name);
  return { growthkit, fetch, events, names, mounted, loadWidget, log };
}

/**
 * A clean page for every test (no saved values, the root URL, `body` as the host's markup) and the runtime a test
 * started destroyed after it: call the returned function with the runtime's `destroy`.
 */
export function usePage(body: string): (destroy: () => void) => void {
  let destroy: (() => void) | undefined;
  beforeEach(() => {
    localStorage.clear();
    history.replaceState({}, '', '/');
    document.body.innerHTML = body;
  });
  afterEach(() => {
    destroy?.();
    destroy = undefined;
  });
  return (next) => (destroy = next);
}
