import { afterEach, beforeEach, vi } from 'vitest';
import { CampaignSchema, PublicSettingsSchema, type Campaign, type CampaignInput, type GrowthEvent } from '@growthkit/core';
import type { ChecklistProps } from '@growthkit/widgets';
import { createRuntime } from '../src/create-runtime.ts';
import { ahaController } from '../src/widgets/aha-controller.ts';
import { checklistController } from '../src/widgets/checklist-controller.ts';
import { quotaController } from '../src/widgets/quota-controller.ts';
import { renewalController } from '../src/widgets/renewal-controller.ts';
import { surveyController } from '../src/widgets/survey-controller.ts';
import { cancelFlowController } from '../src/widgets/cancel-flow-controller.ts';
import { upsellController } from '../src/widgets/upsell-controller.ts';
import { valueSummaryController } from '../src/widgets/value-summary-controller.ts';
import { createImpressions } from '../src/widgets/impression.ts';
import { createWidgetController } from '../src/widgets/widget-controller.ts';
import type { WidgetModule } from '../src/widgets/widget-module.ts';
import { memoryStore } from './outbox-support.ts';

export const checklistCampaign = (overrides: Partial<CampaignInput> = {}) =>
  CampaignSchema.parse({
    id: 'onboarding',
    content: { title: { en: 'Get started', 'zh-CN': '开始使用' } },
    placement: { slot: 'checklist' },
    widget: {
      type: 'checklist',
      steps: [
        {
          id: 'create_doc',
          label: { en: 'Create a doc' },
          complete: { kind: 'event', event: 'doc_created', count: 2 },
          action: { label: { en: 'New doc' }, action: 'new-doc' },
        },
        { id: 'profile', label: { en: 'Add your company' }, complete: { kind: 'trait', condition: { company: { $exists: true } } } },
        { id: 'tour', label: { en: 'Take the tour' }, complete: { kind: 'manual' } },
        { id: 'campaign', label: { en: 'Plan a campaign' }, complete: { kind: 'manual' }, audience: { role: 'marketer' } },
      ],
    },
    ...overrides,
  });

/** Resolves once the widget update that calls made in this task asked for has run (WidgetRuntime.update: its own task). */
export const widgetsUpdated = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * happy-dom's IntersectionObserver never answers. This one answers, right after the task that observed, that the
 * element is wholly in view: what a widget on screen gets in a browser (impression.browser.test.ts sees the real one).
 */
class WhollyInView {
  readonly #answer: IntersectionObserverCallback;
  #watching = true;
  constructor(answer: IntersectionObserverCallback) {
    this.#answer = answer;
  }
  observe(target: Element) {
    const entry = { target, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry;
    queueMicrotask(() => this.#watching && this.#answer([entry], this as unknown as IntersectionObserver));
  }
  disconnect() {
    this.#watching = false;
  }
  /** its answer is never left waiting: nothing to take */
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

/** A runtime wired to fakes: collector answers from memory, widgets captured instead of rendered, every widget in view. */
export function fakeRuntime(campaigns = [checklistCampaign()], store = memoryStore()) {
  vi.stubGlobal('IntersectionObserver', WhollyInView);
  const events: GrowthEvent[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.pathname === '/v1/config')
      return Response.json(
        { project: 'p', settings: PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' }), campaigns },
        { headers: { etag: '"1"' } },
      );
    if (url.pathname === '/v1/state') return init?.method === 'PUT' ? new Response(init.body as string) : Response.json({ campaigns: {} });
    const batch = JSON.parse(init!.body as string).events as GrowthEvent[];
    events.push(...batch);
    return Response.json({ accepted: batch.length, duplicates: 0, rejected: [] });
  });
  /** each widget mounted, with the props it was mounted with: the signals in them hold what the widget shows now */
  const mounted: { props: ChecklistProps; root: ShadowRoot; unmount: ReturnType<typeof vi.fn> }[] = [];
  const LOGIC = {
    checklist: checklistController,
    aha: ahaController,
    'value-summary': valueSummaryController,
    quota: quotaController,
    upsell: upsellController,
    renewal: renewalController,
    survey: surveyController,
    'cancel-flow': cancelFlowController,
  };
  // one module for every type: the real logic (what each widget chunk carries) for the campaign's widget type, driving a fake view
  const module: WidgetModule<Campaign, ChecklistProps> = {
    // every widget's props recorded as the checklist's, which most tests read
    controller: (campaign, api) => (LOGIC[campaign.widget.type] as WidgetModule<Campaign, ChecklistProps>['controller'])(campaign, api),
    mount: (root: ShadowRoot, props: ChecklistProps) => {
      const widget = { props, root, unmount: vi.fn() };
      mounted.push(widget);
      return widget;
    },
    createWidgetController,
    createImpressions,
  };
  const loadWidget = vi.fn(async (_type?: string): Promise<unknown> => module);
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
