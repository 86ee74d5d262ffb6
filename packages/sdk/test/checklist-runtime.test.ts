// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { checklistCampaign, fakeRuntime, widgetsUpdated, usePage } from './runtime-support.ts';

const destroyAfter = usePage('<nav><div data-growthkit="checklist"></div></nav>');

async function started(campaigns = [checklistCampaign()]) {
  const runtime = fakeRuntime(campaigns);
  destroyAfter(runtime.growthkit.destroy);
  runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test', locale: 'en' });
  runtime.growthkit.identify('user_1', { role: 'engineer' });
  await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
  const widget = runtime.mounted[0];
  const steps = () => widget.props.statuses.value.map((step) => `${step.id}:${step.status}`);
  return { ...runtime, widget, steps };
}

describe('checklist runtime', () => {
  test('mounts into the host slot, in an open shadow root, with localized texts', async () => {
    const { widget, loadWidget } = await started();
    expect(loadWidget).toHaveBeenCalledWith('checklist', expect.any(String));
    expect(widget.root.mode).toBe('open');
    expect(widget.root.host.parentElement?.getAttribute('data-growthkit')).toBe('checklist');
    expect(widget.props.title).toBe('Get started');
    expect(widget.props.locale).toBe('en');
  });

  test('persona steps are hidden from other roles; event steps show their count', async () => {
    const { widget, steps } = await started();
    expect(steps()).toEqual(['create_doc:open', 'profile:open', 'tour:open']);
    expect(widget.props.statuses.value[0].progress).toEqual({ value: 0, goal: 2 });
  });

  test('product events and traits complete steps, each reported once; gk.shown once per page view', async () => {
    const { growthkit, steps, names, events } = await started();
    growthkit.track('doc_created');
    growthkit.track('doc_created');
    growthkit.track('doc_created');
    growthkit.identify('user_1', { company: 'Acme' });
    await widgetsUpdated();
    expect(steps()).toEqual(['create_doc:done', 'profile:done', 'tour:open']);
    await growthkit.flush();
    const completed = events.filter((event) => event.name === 'gk.step_completed');
    expect(completed.map((event) => event.props.step)).toEqual(['create_doc', 'profile']);
    expect(completed.every((event) => event.type === 'widget' && event.campaignId === 'onboarding')).toBe(true);
    expect(names().filter((name) => name === 'gk.shown')).toHaveLength(1);
    expect(names()).not.toContain('gk.completed');
  });

  test('skipping and ticking the last steps completes the checklist once, and tells the host', async () => {
    const { growthkit, widget, names } = await started();
    const completed = vi.fn();
    growthkit.on('completed', completed);
    growthkit.track('doc_created');
    growthkit.track('doc_created');
    widget.props.onSkip('profile');
    widget.props.onMarkDone('tour');
    widget.props.onMarkDone('tour');
    await growthkit.flush();
    expect(names().filter((name) => name === 'gk.completed')).toHaveLength(1);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ campaignId: 'onboarding' });
  });

  test('a step done right before log-out (reset) or a switch to another user reaches the collector as the user who did it', async () => {
    for (const leave of ['reset', 'switch'] as const) {
      const { growthkit, widget, fetch } = await started();
      widget.props.onMarkDone('tour');
      // at once, inside the push delay
      if (leave === 'reset') growthkit.reset();
      else growthkit.identify('user_2');
      await vi.waitFor(() => {
        const puts = fetch.mock.calls.filter(([url, init]) => init?.method === 'PUT' && String(url).includes('userId=user_1'));
        const sent = puts.map(
          ([, init]) => JSON.parse(init!.body as string) as { campaigns: Record<string, { steps: Record<string, unknown> }> },
        );
        expect(sent.some((state) => state.campaigns.onboarding?.steps.tour)).toBe(true);
      });
      growthkit.destroy();
    }
  });

  test('a CTA with an action calls the host back and is recorded as a click', async () => {
    const { growthkit, widget, events } = await started();
    const cta = vi.fn();
    growthkit.on('cta', cta);
    widget.props.onAction('create_doc');
    expect(cta).toHaveBeenCalledWith({ campaignId: 'onboarding', step: 'create_doc', action: 'new-doc' });
    await growthkit.flush();
    expect(events.find((event) => event.name === 'gk.click')?.props).toEqual({ step: 'create_doc', action: 'new-doc' });
  });

  test('dismissing takes the widget off and keeps it off after a route change', async () => {
    const { growthkit, widget, mounted, names } = await started();
    widget.props.onDismiss();
    expect(widget.unmount).toHaveBeenCalled();
    history.pushState({}, '', '/docs');
    // the page view is recorded once the host has rendered the route (page-views.ts)
    await vi.waitFor(async () => {
      await growthkit.flush();
      expect(names().filter((name) => name === 'page')).toHaveLength(2);
    });
    expect(mounted).toHaveLength(1);
    expect(names()).toContain('gk.dismiss');
  });

  test('a slot gone for a moment (the host re-rendering its route) is no warning', { timeout: 10_000 }, async () => {
    document.body.innerHTML = '<div data-growthkit="later"></div>';
    const runtime = fakeRuntime([checklistCampaign({ placement: { slot: 'later', floating: 'corner-end' } })]);
    destroyAfter(runtime.growthkit.destroy);
    runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
    document.body.innerHTML = '';
    await vi.waitFor(() => expect(runtime.mounted[0].unmount).toHaveBeenCalled());
    document.body.innerHTML = '<div data-growthkit="later"></div>';
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(2));
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(runtime.log.mock.calls.filter(([message]) => String(message).includes('waits for its slot'))).toEqual([]);
  });

  test('an inline widget waits for a slot that appears later (SPA), with one warning naming it', async () => {
    document.body.innerHTML = '';
    const runtime = fakeRuntime([checklistCampaign({ placement: { slot: 'later', floating: 'corner-end' } })]);
    destroyAfter(runtime.growthkit.destroy);
    runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    // No slot yet: it waits, and never floats; the console hears of it once the slot has had its moment (2 s).
    await vi.waitFor(() => expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('waits for its slot')), { timeout: 4_000 });
    runtime.growthkit.track('something');
    await runtime.growthkit.flush();
    expect(runtime.mounted).toHaveLength(0);
    expect(runtime.log.mock.calls.filter(([message]) => String(message).includes('data-growthkit="later"'))).toHaveLength(1);
    document.body.insertAdjacentHTML('beforeend', '<div data-growthkit="later"></div>');
    await vi.waitFor(() => expect(runtime.mounted).toHaveLength(1));
    expect(runtime.mounted[0].root.host.parentElement?.getAttribute('data-growthkit')).toBe('later');
  });

  test('a failing widget removes itself; the host page keeps working', async () => {
    const runtime = fakeRuntime();
    destroyAfter(runtime.growthkit.destroy);
    runtime.loadWidget.mockRejectedValue(new Error('chunk failed to load'));
    runtime.growthkit.init({ key: 'pk_test', endpoint: 'http://collector.test' });
    await vi.waitFor(() =>
      expect(runtime.log).toHaveBeenCalledWith(expect.stringContaining('the checklist widget failed and was removed')),
    );
    expect(document.querySelector('[data-growthkit-widget]')).toBeNull();
    runtime.growthkit.track('after_failure');
    await runtime.growthkit.flush();
    expect(runtime.names()).toContain('after_failure');
  });

  test('reset forgets the user: new anonymous id, progress and counters gone, unsent events kept', async () => {
    const { growthkit, widget, events } = await started();
    widget.props.onMarkDone('tour');
    growthkit.track('doc_created');
    growthkit.reset();
    growthkit.track('after_reset');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-growthkit-widget]')).toHaveLength(1));
    await growthkit.flush();
    const before = events.find((event) => event.name === 'doc_created')!;
    const after = events.find((event) => event.name === 'after_reset')!;
    expect(before.userId).toBe('user_1');
    expect(after.userId).toBeUndefined();
    expect(after.anonymousId).not.toBe(before.anonymousId);
  });

  test('every event carries id, time, ids, session and context', async () => {
    const { growthkit, events } = await started();
    growthkit.track('doc_created', { template: 'blank' });
    await growthkit.flush();
    const event = events.find((candidate) => candidate.name === 'doc_created')!;
    expect(event).toMatchObject({
      type: 'track',
      userId: 'user_1',
      props: { template: 'blank' },
      context: { path: '/', locale: 'en', sdkVersion: '0.1.0' },
    });
    expect(event.id).toMatch(/^[a-f0-9]{32}$/);
    expect(Date.parse(event.ts)).not.toBeNaN();
    expect(event.sessionId).toBeTruthy();
    expect(event.anonymousId).toBeTruthy();
  });
});
