// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { assignVariant, ExperimentSchema, type UserState } from '@growthkit/core';
import { checklistCampaign, fakeRuntime, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<nav><div data-growthkit="checklist"></div></nav>');

const floating = (id: string, priority: number, trigger: object) =>
  checklistCampaign({ id, priority, trigger: trigger as never, placement: { floating: 'corner-end' } });

async function start(campaigns: ReturnType<typeof checklistCampaign>[], options: { debug?: boolean } = {}) {
  const runtime = fakeRuntime(campaigns);
  destroyAfter(runtime.growthkit.destroy);
  const widget = runtime.loadWidget.getMockImplementation()!;
  // the real panel chunk, rendered into happy-dom; widgets stay fakes
  runtime.loadWidget.mockImplementation((async (type: string) =>
    type === 'debug-panel' ? ((await import('../src/widgets/entries/debug-panel.ts')) as never) : widget()) as typeof widget);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en', ...options });
  runtime.growthkit.identify('user_1', { plan: 'basic' });
  // config and the targeting chunk arrived: the runtime has decided at least once
  await vi.waitFor(() => expect(runtime.fetch).toHaveBeenCalledWith(expect.stringContaining('/v1/config'), expect.anything()));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const live = () => runtime.mounted.filter((widget) => !widget.unmount.mock.calls.length);
  const titles = () => live().map((widget) => (widget.props as { title?: string }).title);
  return { ...runtime, live, titles };
}

describe('targeting in the runtime', () => {
  test('an event trigger holds from the nth track() on', async () => {
    const { growthkit, titles } = await start([floating('after-docs', 0, { type: 'event', event: 'doc_created', count: 2 })]);
    growthkit.track('doc_created');
    expect(titles()).toEqual([]);
    growthkit.track('doc_created');
    await vi.waitFor(() => expect(titles()).toEqual(['Get started']));
  });

  test('a usage trigger shows once usage() reaches the threshold', async () => {
    const { growthkit, titles } = await start([floating('storage', 0, { type: 'usage', metric: 'storage_gb', threshold: 0.8 })]);
    growthkit.usage('storage_gb', 3, 5);
    expect(titles()).toEqual([]);
    growthkit.usage('storage_gb', 4.5, 5);
    await vi.waitFor(() => expect(titles()).toEqual(['Get started']));
  });

  test('one interruptive prompt at a time, by priority; it is recorded in the contact log the collector gets', async () => {
    const low = { ...floating('low', 1, { type: 'page', path: '*' }), content: { title: { en: 'Low' } } };
    const high = { ...floating('high', 9, { type: 'page', path: '*' }), content: { title: { en: 'High' } } };
    const { titles, fetch } = await start([low, high]);
    await vi.waitFor(() => expect(titles()).toEqual(['High']));
    await vi.waitFor(() => {
      const puts = fetch.mock.calls.filter(([, init]) => init?.method === 'PUT');
      const sent = JSON.parse(puts.at(-1)![1]!.body as string) as UserState;
      expect(sent.contacts?.map((contact) => contact.campaignId)).toEqual(['high']);
    });
  });

  test('show(id) puts a manual campaign on screen, without spending the contact budget the next prompt needs', async () => {
    const next = { ...floating('next', 1, { type: 'event', event: 'report_generated' }), content: { title: { en: 'Next' } } };
    const { growthkit, titles, live } = await start([floating('tour', 0, { type: 'manual' }), next]);
    expect(titles()).toEqual([]);
    growthkit.show('tour');
    await vi.waitFor(() => expect(titles()).toEqual(['Get started']));
    // the host's prompt closes; the default budget (one interruptive prompt a session) still lets the next one show
    (live()[0].props as { onDismiss(): void }).onDismiss();
    growthkit.track('report_generated');
    await vi.waitFor(() => expect(titles()).toEqual(['Next']));
  });

  test('init({ debug: true }) opens the debug panel and keeps its reasons current', async () => {
    const { growthkit } = await start([floating('after-docs', 0, { type: 'event', event: 'doc_created', count: 1 })], { debug: true });
    const panel = () => document.querySelector('[data-growthkit-debug]')?.shadowRoot;
    await vi.waitFor(() => expect(panel()?.querySelector('tr[data-campaign="after-docs"]')).toBeTruthy());
    const row = () => panel()!.querySelector('tr[data-campaign="after-docs"]')!;
    expect(row().getAttribute('data-verdict')).toBe('hold');
    expect(row().querySelector('.debug-reason')?.textContent).toBe('trigger: "doc_created" tracked 0 of 1 times');
    growthkit.track('doc_created');
    await vi.waitFor(() => expect(row().getAttribute('data-verdict')).toBe('show'));
    expect(row().querySelector('.debug-reason')?.textContent).toBe('shown: eligible, priority 0, floating as corner-end');
    // a section named by its heading: a region landmark
    expect(panel()!.querySelector('section.debug')?.getAttribute('aria-labelledby')).toBe('debug-title');
  });

  test("the debug panel names the attribute that keeps a user out of a campaign's audience, and its value", async () => {
    const enterprise = { ...floating('enterprise-offer', 0, { type: 'page', path: '*' }), audience: { plan: { $in: ['enterprise'] } } };
    const { growthkit } = await start([enterprise], { debug: true });
    const reason = () =>
      document.querySelector('[data-growthkit-debug]')?.shadowRoot?.querySelector('tr[data-campaign="enterprise-offer"] .debug-reason')
        ?.textContent;
    await vi.waitFor(() => expect(reason()).toBe('audience: plan is "basic"; needs $in ["enterprise"]'));
    growthkit.identify('user_1', { plan: 'team' });
    await vi.waitFor(() => expect(reason()).toBe('audience: plan is "team"; needs $in ["enterprise"]'));
  });

  test('the debug panel names the variant the user was just assigned, the holdout too, which shows nothing', async () => {
    const experiment = ExperimentSchema.parse({
      key: 'copy-test',
      variants: [{ key: 'a', weight: 1 }],
      holdout: { key: 'none', weight: 1 },
      goal: { event: 'plan_upgraded', windowDays: 14 },
    });
    // start() signs in user_1: the test reads which of the two that id buckets into, and expects it
    const { variant: expected } = assignVariant(experiment, { id: 'user_1' });
    const tested = { ...floating('tested', 0, { type: 'event', event: 'doc_created' }), experiment };
    const { growthkit } = await start([tested], { debug: true });
    const variant = () =>
      [...(document.querySelector('[data-growthkit-debug]')?.shadowRoot?.querySelectorAll('tr[data-campaign="tested"] .debug-name') ?? [])]
        .map((name) => name.textContent)
        .find((text) => text?.startsWith('experiment'));
    await vi.waitFor(() => expect(variant()).toBe('experiment copy-test: not assigned yet'));
    growthkit.track('doc_created');
    await vi.waitFor(() =>
      expect(variant()).toBe(
        expected === 'none' ? 'experiment copy-test: variant none (holdout: sees nothing)' : 'experiment copy-test: variant a',
      ),
    );
  });

  test('without debug, the panel chunk is never loaded', async () => {
    const { loadWidget } = await start([floating('a', 0, { type: 'page', path: '*' })]);
    await vi.waitFor(() => expect(loadWidget).toHaveBeenCalledWith('checklist', expect.any(String)));
    expect(loadWidget).not.toHaveBeenCalledWith('debug-panel', expect.any(String));
  });
});
