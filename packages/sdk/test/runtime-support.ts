import { vi } from 'vitest';
import { CampaignSchema, chooseOffer, PublicSettingsSchema, quotaPrompt, type CampaignInput, type GrowthEvent } from '@growthkit/core';
import type { ChecklistProps } from '@growthkit/widgets';
import { createRuntime } from '../src/create-runtime.ts';
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
        { id: 'create_doc', label: { en: 'Create a doc' }, complete: { kind: 'event', event: 'doc_created', count: 2 }, action: { label: { en: 'New doc' }, action: 'new-doc' } },
        { id: 'profile', label: { en: 'Add your company' }, complete: { kind: 'trait', condition: { company: { $exists: true } } } },
        { id: 'tour', label: { en: 'Take the tour' }, complete: { kind: 'manual' } },
        { id: 'campaign', label: { en: 'Plan a campaign' }, complete: { kind: 'manual' }, audience: { role: 'marketer' } },
      ],
    },
    ...overrides,
  });

/** A runtime wired to fakes: collector answers from memory, widgets captured instead of rendered. */
export function fakeRuntime(campaigns = [checklistCampaign()]) {
  const events: GrowthEvent[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    if (url.pathname === '/v1/config') return Response.json({ project: 'p', settings: PublicSettingsSchema.parse({ locales: ['en'], defaultLocale: 'en' }), campaigns }, { headers: { etag: '"1"' } });
    if (url.pathname === '/v1/state') return init?.method === 'PUT' ? new Response(init.body as string) : Response.json({ campaigns: {} });
    const batch = JSON.parse(init!.body as string).events as GrowthEvent[];
    events.push(...batch);
    return Response.json({ accepted: batch.length, duplicates: 0, rejected: [] });
  });
  const mounted: { props: ChecklistProps; root: ShadowRoot; unmount: ReturnType<typeof vi.fn> }[] = [];
  const loadWidget = vi.fn(async () => ({
    mount: (root: ShadowRoot, props: ChecklistProps) => {
      const unmount = vi.fn();
      mounted.push({ props, root, unmount });
      return unmount;
    },
    signal: <T>(value: T) => ({ value }),
    // what the quota and upsell chunks add to their widget
    quotaPrompt,
    chooseOffer,
  }) as unknown as WidgetModule<never>);
  const log = vi.fn();
  const growthkit = createRuntime({ loadWidget, loadTargeting: () => import('../src/widgets/entries/targeting.ts'), fetch, store: memoryStore(), log });
  const names = () => events.map((event) => event.name);
  return { growthkit, fetch, events, names, mounted, loadWidget, log };
}
