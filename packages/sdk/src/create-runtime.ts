import { buildContext, dayKey, evalCondition, type Config, type EventType, type GrowthEvent } from '@growthkit/core';
import type { GrowthKit, HostEventName, HostEvents, HostHandler, InitOptions, Traits } from './api.ts';
import { audienceMatcher } from './campaigns/audience.ts';
import type { Arbiter } from './campaigns/arbiter.ts';
import { decideOnDevice } from './campaigns/decide-on-device.ts';
import { deviceSnapshot } from './campaigns/device-snapshot.ts';
import { loadConfig } from './config/config-source.ts';
import type { DebugPanel, DebugPanelModule } from './debug/debug-panel.ts';
import { debugRequested } from './debug/debug-requested.ts';
import { newId } from './event-id.ts';
import { Experiments, type ExperimentTags } from './experiments/experiments.ts';
import { createGuard } from './guard.ts';
import { Identity } from './identity.ts';
import { localValues, type LocalValues } from './local-values.ts';
import { DEFAULT_Z_INDEX, watchSlots } from './mount/widget-host.ts';
import { createOutbox, type Outbox } from './outbox/outbox.ts';
import type { SendLock } from './outbox/send-lock.ts';
import { watchRoutes } from './page-views.ts';
import { EventCounters } from './state/event-counters.ts';
import { ValueLedger } from './state/value-ledger.ts';
import { UsageMeters } from './state/usage-meters.ts';
import { WidgetState } from './state/widget-state.ts';
import { openOutboxStore, type OutboxStore } from './outbox/outbox-store.ts';
import { firstPaintMarker } from './timing/performance-marks.ts';
import { SDK_VERSION } from './version.ts';
import type { LoadWidget } from './widgets/widget-module.ts';
import { WidgetRuntime } from './widgets/widget-runtime.ts';

/** What differs between the script tag, the npm package and tests. */
export interface RuntimeDependencies {
  loadWidget: LoadWidget;
  fetch?: typeof fetch;
  store?: OutboxStore;
  values?: LocalValues;
  lock?: SendLock;
  random?: () => number;
  log?: (message: string) => void;
}

interface Started {
  options: InitOptions;
  outbox: Outbox;
  identity: Identity;
  counters: EventCounters;
  values: ValueLedger;
  usage: UsageMeters;
  state: WidgetState;
  widgets: WidgetRuntime;
  eventsUrl: string;
  locale: string;
  stop: (() => void)[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isName = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isOptionalObject = (value: unknown) => value === undefined || isObject(value);
const isoNow = () => new Date().toISOString();
/** the page as targeting and events see it */
const here = () => ({ url: location.href, path: location.pathname });

/** A GrowthKit instance; nothing happens until `init`. Every public method is guarded: it never throws. */
export function createRuntime(deps: RuntimeDependencies): GrowthKit {
  const guard = createGuard(deps.log);
  const handlers = new Map<string, Set<(payload: never) => void>>();
  const early: (() => void)[] = [];
  let started: Started | undefined;
  const tags: ExperimentTags = new Map();
  const firstPaint = firstPaintMarker();

  const notify = <K extends HostEventName>(name: K, payload: HostEvents[K]) => {
    // a widget's first render was just committed
    if (name === 'shown') firstPaint();
    for (const handler of handlers.get(name) ?? []) guard.run(`on('${name}') handler`, () => (handler as HostHandler<K>)(payload));
  };

  function emit(run: Started, type: EventType, name: string, props: Record<string, unknown> = {}, campaignId?: string): void {
    const who = run.identity.who();
    const event: GrowthEvent = {
      id: newId(),
      type,
      name,
      ts: isoNow(),
      anonymousId: who.anonymousId,
      ...(who.userId && { userId: who.userId }),
      ...(who.accountId && { accountId: who.accountId }),
      sessionId: run.identity.session(),
      ...(campaignId && { campaignId, ...tags.get(campaignId) }),
      props,
      context: { ...here(), locale: run.locale, sdkVersion: SDK_VERSION },
    };
    void run.outbox.add(event, run.eventsUrl);
  }

  function start(options: InitOptions): Started {
    const endpoint = options.endpoint.replace(/\/+$/, '');
    const key = encodeURIComponent(options.key);
    const store = deps.store ?? openOutboxStore();
    const device = deps.values ?? localValues();
    const identity = new Identity(device);
    const locale = options.locale || navigator.language || 'en';
    const counters = new EventCounters(device, `counters:${options.key}`);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const values = new ValueLedger(device, `values:${options.key}`, timeZone);
    const usage = new UsageMeters(device, `usage:${options.key}`);
    const zIndex = options.zIndex ?? DEFAULT_Z_INDEX;
    let settings: Config['settings'] | undefined;
    // after destroy, late answers (config, a widget chunk) must not bring widgets back
    let live = true;
    let debug: DebugPanel | undefined;
    const arbiter: Arbiter = {
      decide(campaigns, showing, manual) {
        if (!live || !settings) return [];
        const device = {
          ...deviceSnapshot({ identity, counters, usage, state }),
          config: { campaigns: [...campaigns], settings },
          page: here(),
          locale,
          viewport: { width: innerWidth, height: innerHeight },
          timeZone,
          now: new Date(),
          slots: [...document.querySelectorAll('[data-growthkit]')].map((slot) => slot.getAttribute('data-growthkit')!),
          showing,
          manual,
        };
        const decisions = decideOnDevice(device);
        // the panel explains the decisions itself, from what they were decided on
        debug?.show(decisions, device);
        return decisions;
      },
      contacted(campaignId) {
        const session = identity.currentSession();
        // A reload puts the same prompt back in the same session: it was counted when it first showed.
        if (state.current().contacts?.some((contact) => contact.campaignId === campaignId && contact.session === session)) return;
        state.contact({ at: isoNow(), campaignId, session });
      },
      present(campaign) {
        // A variant given on another device (or while anonymous there) arrives with the collector's copy of the
        // state: assigning before it answers would bucket the user twice and expose them twice.
        if (campaign.experiment && !state.current().experiments?.[campaign.experiment.key] && !state.synced()) return;
        return experiments.present(campaign);
      },
    };
    const matches = (condition: Record<string, unknown>) => audienceMatcher(identity.attributes())(condition);
    const stateUrl = () => {
      const who = identity.who();
      const query = new URLSearchParams({ key: options.key, anonymousId: who.anonymousId });
      if (who.userId) query.set('userId', who.userId);
      if (who.hash) query.set('hash', who.hash);
      return `${endpoint}/v1/state?${query}`;
    };
    const state = new WidgetState({ device, cacheKey: `state:${options.key}`, url: stateUrl, fetch: deps.fetch, onChange: () => widgets.update() });
    const experiments = new Experiments({
      state,
      tags,
      attributes: () => ({ ...identity.attributes(), id: identity.who().userId ?? identity.anonymousId }),
      emit: (name, campaignId) => emit(run, 'widget', name, {}, campaignId),
      now: isoNow,
    });
    const widgets = new WidgetRuntime(
      {
        locale,
        theme: options.theme,
        zIndex,
        matches,
        conditions: { evalCondition },
        eventCount: (event) => counters.total(event),
        attributes: () => identity.attributes(),
        // Widgets show only after a decision, and decisions wait for the config, so settings are there by then.
        evaluation: () =>
          settings
            ? buildContext({ ...deviceSnapshot({ identity, counters, usage, state }), now: new Date(), settings, locale, timeZone, page: here() })
            : identity.attributes(),
        handles: (name) => (handlers.get(name)?.size ?? 0) > 0,
        valueCounts: () => values.all(),
        today: () => dayKey(Date.now(), timeZone),
        state,
        emit: (name, campaignId, props) => emit(run, 'widget', name, props, campaignId),
        notify,
        loadWidget: deps.loadWidget,
        navigate: (url) => location.assign(url),
        warn: guard.warn,
        now: isoNow,
      },
      arbiter,
      guard,
    );
    const outbox = createOutbox({ store, fetch: deps.fetch, lock: deps.lock, random: deps.random, warn: guard.warn });
    const run: Started = { options, outbox, identity, counters, values, usage, state, widgets, eventsUrl: `${endpoint}/v1/events?key=${key}`, locale, stop: [] };

    const leaving = () => {
      outbox.beacon();
      state.pushPending();
    };
    // one signal takes every listener off at destroy
    const listeners = new AbortController();
    const signal = listeners.signal;
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leaving(), { signal });
    addEventListener('pagehide', leaving, { signal });
    addEventListener('online', () => void outbox.flush(), { signal });
    run.stop.push(
      () => listeners.abort(),
      watchRoutes(() => guard.run('page', () => page(run))),
      watchSlots(() => guard.run('widgets', () => widgets.update())),
      () => outbox.destroy(),
      () => state.destroy(),
      () => widgets.clear(),
      () => debug?.remove(),
      () => (live = false),
    );

    // Saved progress and counters (read synchronously above) before any config, so a reload never reports a step as
    // newly completed again.
    guard.run('state', () => state.loadLocal());
    // A microtask later: calls made in this task after init (the snippet's queued identify…) are in before the first
    // decision and before the user's state is asked for.
    queueMicrotask(() => {
      guard.run('config', () =>
        loadConfig({
          device,
          url: `${endpoint}/v1/config?key=${key}`,
          cacheKey: `config:${options.key}`,
          fetch: deps.fetch,
          onConfig: (config: Config) =>
            guard.run('config', () => {
              settings = config.settings;
              widgets.setCampaigns(config.campaigns ?? []);
            }),
        }),
      );
      guard.run('state', () => state.pull());
    });
    if (debugRequested(options.debug, location.search))
      guard.run('debug-panel', () =>
        deps.loadWidget('debug-panel').then((loaded) => {
          // the debug chunk is no widget: it opens the whole panel itself (DebugPanelModule)
          debug = (loaded as unknown as DebugPanelModule).openDebugPanel({ zIndex: zIndex + 1, theme: options.theme, warn: guard.warn });
          guard.run('widgets', () => widgets.updateNow());
        }),
      );
    return run;
  }

  function page(run: Started): void {
    emit(run, 'page', 'page', { title: document.title, ...(document.referrer && { referrer: document.referrer }) });
    run.widgets.pageView();
  }

  /** the user changed or logged out: their progress, counters and widgets leave the device */
  function forgetUser(run: Started): Promise<unknown> {
    run.widgets.clear();
    return Promise.all([run.counters.clear(), run.values.clear(), run.usage.clear(), run.state.clear()]).then(() => run.widgets.update());
  }

  /** Wraps a public method: argument check with a one-time warning, queued until `init`, never throws. */
  function method<A extends unknown[]>(name: string, check: (...args: A) => string | undefined, body: (run: Started, ...args: A) => void) {
    return (...args: A): void => {
      guard.run(name, () => {
        const problem = check(...args);
        if (problem) return guard.warn(`call:${name}`, problem);
        if (started) return body(started, ...args);
        early.push(() => guard.run(name, () => body(started!, ...args)));
      });
    };
  }

  const api: GrowthKit = {
    init: (options) =>
      guard.run('init', () => {
        if (started) return guard.warn('call:init-again', 'init was called more than once; the first call\'s settings stay');
        if (!isObject(options) || !isName(options.key) || !isName(options.endpoint)) {
          return guard.warn('call:init', "init(options) needs { key, endpoint }, e.g. growthkit('init', { key: 'pk_demo', endpoint: 'https://growth.example.com' })");
        }
        const run = (started = start(options));
        page(run);
        for (const call of early.splice(0)) call();
      }),

    identify: method(
      'identify',
      (userId: unknown, traits?: unknown, _options?: unknown) =>
        (isName(userId) || typeof userId === 'number') && isOptionalObject(traits)
          ? undefined
          : "identify(userId, traits?) needs the user's id as a string and traits as an object, e.g. growthkit('identify', 'user_42', { plan: 'basic' })",
      (run, userId, traits, options) => {
        const signingIn = !run.identity.who().userId;
        const switched = run.identity.identify(String(userId), (traits ?? {}) as Traits, (options as { hash?: string } | undefined)?.hash);
        emit(run, 'identify', 'identify', (traits ?? {}) as Traits);
        if (switched) void forgetUser(run).then(() => run.state.pull());
        else run.widgets.update();
        // The anonymous visitor's state (experiment variants, progress) becomes the user's on the collector too.
        if (signingIn) void run.state.push().catch(() => undefined);
      },
    ),

    group: method(
      'group',
      (accountId: unknown, traits?: unknown) =>
        isName(accountId) && isOptionalObject(traits)
          ? undefined
          : "group(accountId, traits?) needs the account's id as a string and traits as an object, e.g. growthkit('group', 'acct_7', { seats: 5 })",
      (run, accountId, traits) => {
        run.identity.group(accountId as string, (traits ?? {}) as Traits);
        emit(run, 'group', 'group', (traits ?? {}) as Traits);
        run.widgets.update();
      },
    ),

    track: method(
      'track',
      (event: unknown, props?: unknown) =>
        isName(event) && isOptionalObject(props)
          ? undefined
          : "track(event, props?) needs an event name string and props as an object, e.g. growthkit('track', 'doc_created', { template: 'blank' })",
      (run, event, props) => {
        emit(run, 'track', event as string, (props ?? {}) as Record<string, unknown>);
        const at = isoNow();
        run.counters.count(event as string, at);
        run.values.count(event as string, at);
        run.widgets.update();
      },
    ),

    usage: method(
      'usage',
      (metric: unknown, used: unknown, limit: unknown) =>
        !isName(metric) || !Number.isFinite(used) || !Number.isFinite(limit)
          ? "usage(metric, used, limit) needs a name and two numbers, e.g. growthkit('usage', 'storage_gb', 4.6, 5)"
          : undefined,
      (run, metric, used, limit) => {
        emit(run, 'track', 'usage', { metric, used, limit });
        run.usage.set(metric as string, used as number, limit as number);
        run.widgets.update();
      },
    ),

    page: method('page', () => undefined, (run) => page(run)),

    on: (name, handler) =>
      guard.run('on', () => {
        if (!isName(name) || typeof handler !== 'function') {
          return guard.warn('call:on', "on(name, handler) needs an event name and a function, e.g. growthkit('on', 'cta', ({ action }) => …)");
        }
        if (!handlers.has(name)) handlers.set(name, new Set());
        handlers.get(name)!.add(handler as (payload: never) => void);
      }),

    off: (name, handler) => guard.run('off', () => void handlers.get(name)?.delete(handler as (payload: never) => void)),

    show: method(
      'show',
      (campaignId: unknown) => (!isName(campaignId) ? "show(campaignId) needs a campaign id, e.g. growthkit('show', 'onboarding')" : undefined),
      (run, campaignId) => run.widgets.show(campaignId as string),
    ),

    reset: method('reset', () => undefined, (run) => {
      run.identity.reset();
      void forgetUser(run);
    }),

    flush: () => (started ? started.outbox.flush().catch((error: unknown) => guard.warn('failed:flush', `flush failed (${String(error)})`)) : Promise.resolve()),

    destroy: () =>
      guard.run('destroy', () => {
        for (const stop of started?.stop ?? []) stop();
        started = undefined;
      }),
  };
  return api;
}
