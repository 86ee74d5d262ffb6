import {
  buildContext,
  countedNames,
  dayKey,
  displayLocale,
  evalCondition,
  type Config,
  type EventType,
  type GrowthEvent,
  type Trigger,
} from '@growthkit/core';
import type { GrowthKit, HostEventName, HostEvents, HostHandler, IdentifyOptions, InitOptions, Traits } from './api.ts';
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
import { jsonArguments } from './json-arguments.ts';
import { localValues, type LocalValues } from './local-values.ts';
import { hostModalOpen } from './mount/host-modal.ts';
import { DEFAULT_Z_INDEX, watchSlots } from './mount/widget-host.ts';
import { createOutbox } from './outbox/outbox.ts';
import { pagePath, watchRoutes } from './page-views.ts';
import { EventCounters } from './state/event-counters.ts';
import { ValueLedger } from './state/value-ledger.ts';
import { UsageMeters } from './state/usage-meters.ts';
import { WidgetState } from './state/widget-state.ts';
import { openOutboxStore, type OutboxStore } from './outbox/outbox-store.ts';
import { backgroundTask } from './timing/background-task.ts';
import { SDK_VERSION } from './version.ts';
import { WidgetRuntime } from './widgets/widget-runtime.ts';

/** What differs between the script tag, the npm package and tests. */
export interface RuntimeDependencies {
  /** a widget type's chunk; `endpoint` (init's collector URL) serves the SDK's files, for a script that cannot tell its own URL */
  loadWidget(type: string, endpoint: string): Promise<unknown>;
  fetch?: typeof fetch;
  store?: OutboxStore;
  values?: LocalValues;
  log?: (message: string) => void;
}

/** the public methods that wait for `init`: start's bodies of them, on the started runtime */
type Queued = 'identify' | 'group' | 'track' | 'usage' | 'page' | 'show' | 'reset';
/** the calls that say who the user is: the first page view waits for them (see init) */
const WHO: Queued[] = ['identify', 'group'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** a non-empty string within the collector's limit for it (event names 200, ids 128, locales 35) */
const isName = (value: unknown, max = 200): value is string => typeof value === 'string' && value.length > 0 && value.length <= max;
const isOptionalObject = (value: unknown) => value === undefined || isObject(value);
const isoNow = () => new Date().toISOString();
/** A wrong call's one-time warning: the signature, what it needs, and a call that works (one template for bytes). */
const misuse = (name: string, params: string, what: string, example: string) =>
  `${name}(${params}) needs ${what}, e.g. growthkit('${name}', ${example})`;
/** the page as targeting and events see it */
const here = () => ({ url: location.href.slice(0, 2048), path: pagePath() });
/** how long GrowthKit has to put a cancel flow on screen before the host's own cancellation goes ahead (SPEC §3) */
const PROCEED_AFTER_MS = 3000;
/** calls kept for `init`, as many as the snippet's stub keeps */
const EARLY_MAX = 1000;

/** the campaign `cancelFlow()` runs unless its options name another */
const CANCEL_FLOW_ID = 'cancel-flow';

/** the cancel flow a host waits on: answered once, by the flow's outcome or by `proceed` */
interface CancelFlowRun {
  campaignId: string;
  answer(result: HostEvents['cancel:outcome']): void;
  /** on screen: from here on only the user ends it */
  open?: boolean;
}

/** A GrowthKit instance; nothing happens until `init`. Every public method is guarded: it never throws. */
export function createRuntime(deps: RuntimeDependencies): GrowthKit {
  const guard = createGuard(deps.log);
  const handlers = new Map<string, Set<(payload: never) => void>>();
  const early: (() => void)[] = [];
  let started: ReturnType<typeof start> | undefined;
  let firstPageView: (() => void) | undefined;
  const sendFirstPageView = () => {
    const send = firstPageView;
    firstPageView = undefined;
    send?.();
  };
  const tags: ExperimentTags = new Map();

  let flow: CancelFlowRun | undefined;
  const notify = <K extends HostEventName>(name: K, payload: HostEvents[K]) => {
    if (name === 'cancel:outcome') flow?.answer(payload as HostEvents['cancel:outcome']);
    if (flow && flow.campaignId === (payload as HostEvents['shown']).campaignId && name === 'shown') flow.open = true;
    for (const handler of handlers.get(name) ?? []) guard.run(`on('${name}') handler`, () => (handler as HostHandler<K>)(payload));
  };

  function start(options: InitOptions) {
    const endpoint = options.endpoint.replace(/\/+$/, '');
    const key = encodeURIComponent(options.key);
    const store = deps.store ?? openOutboxStore();
    const device = deps.values ?? localValues();
    const identity = new Identity(device);
    const locale = isName(options.locale, 35) ? options.locale : navigator.language || 'en';
    // a locale the collector refuses would get every event rejected: the browser's instead, and the fix said
    if (options.locale !== undefined && locale !== options.locale)
      guard.warn('call:locale', misuse('init', 'options', 'a language tag as locale', "{ …, locale: 'en' }"));
    const counters = new EventCounters(device, `counters:${options.key}`);
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const values = new ValueLedger(device, `values:${options.key}`, timeZone);
    const usage = new UsageMeters(device, `usage:${options.key}`);
    const zIndex = options.zIndex ?? DEFAULT_Z_INDEX;
    let settings: Config['settings'] | undefined;
    /** the campaigns' triggers: which widget events (and event props) the counters keep (core's countedNames) */
    let triggers: Trigger[] = [];
    // after destroy, late answers (config, a widget chunk) must not bring widgets back
    let live = true;
    let debug: DebugPanel | undefined;
    /** when the page view on screen began: a survey answered in it keeps its thank-you until the next */
    let pageViewAt: string | undefined;
    /**
     * What targeting sees of this device now. Decisions wait for the config, and widgets show only after a decision,
     * so settings are there whenever it is read.
     */
    const snapshot = () => ({
      ...deviceSnapshot({ identity, counters, usage, state }),
      settings: settings!,
      page: here(),
      locale,
      timeZone,
      now: new Date(),
      pageViewAt,
    });
    const arbiter: Arbiter = {
      decide(campaigns, showing, manual) {
        if (!live || !settings) return [];
        const device = {
          ...snapshot(),
          campaigns: [...campaigns],
          viewport: { width: innerWidth, height: innerHeight },
          slots: [...document.querySelectorAll('[data-growthkit]')].map((slot) => slot.getAttribute('data-growthkit')!),
          hostModal: hostModalOpen(),
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
    const stateUrl = () => {
      const who = identity.who();
      const query = new URLSearchParams({ key: options.key, anonymousId: who.anonymousId });
      if (who.userId) query.set('userId', who.userId);
      if (who.hash) query.set('hash', who.hash);
      return `${endpoint}/v1/state?${query}`;
    };
    const state = new WidgetState({
      device,
      cacheKey: `state:${options.key}`,
      url: stateUrl,
      fetch: deps.fetch,
      onChange: () => widgets.update(),
    });
    const experiments = new Experiments({
      state,
      tags,
      attributes: () => {
        const { userId, anonymousId } = identity.who();
        return { ...identity.attributes(), id: userId ?? anonymousId };
      },
      emit: (name, campaignId) => emit('widget', name, {}, campaignId),
      now: isoNow,
    });
    const widgets = new WidgetRuntime(
      {
        // the config's settings say which languages the project's texts are in
        get locale() {
          return settings ? displayLocale(locale, settings) : locale;
        },
        theme: options.theme,
        zIndex,
        evalCondition,
        eventCount: (event) => counters.total(event),
        attributes: () => identity.attributes(),
        evaluation: () => buildContext(snapshot()),
        handles: (name) => (handlers.get(name)?.size ?? 0) > 0,
        valueCounts: () => values.all(),
        today: () => dayKey(Date.now(), timeZone),
        state,
        emit: (name, campaignId, props) => {
          // the cancel flow's widget failed (its chunk did not load, or it threw): the host goes on at once
          if (name === 'gk.error' && campaignId === flow?.campaignId) proceed();
          // a campaign may wait for this widget event (the churn survey for `gk.cancel_outcome`)
          if (count(emit('widget', name, props, campaignId))) widgets.update();
        },
        notify,
        loadWidget: (type) => deps.loadWidget(type, endpoint),
        navigate: (url) => location.assign(url),
        warn: guard.warn,
        now: isoNow,
      },
      arbiter,
      guard,
    );
    const outbox = createOutbox({ store, fetch: deps.fetch, warn: guard.warn });
    const eventsUrl = `${endpoint}/v1/events?key=${key}`;

    function emit(type: EventType, name: string, props: Record<string, unknown> = {}, campaignId?: string): GrowthEvent {
      const { anonymousId, userId, accountId, hash } = identity.who();
      // an id not known yet is undefined here, so absent from the JSON sent; the hash proves userId to the collector
      const event: GrowthEvent = {
        id: newId(),
        type,
        name,
        ts: isoNow(),
        anonymousId,
        userId,
        accountId,
        hash,
        sessionId: identity.session(),
        ...(campaignId && { campaignId, ...tags.get(campaignId) }),
        props,
        context: { ...here(), locale, sdkVersion: SDK_VERSION },
      };
      void outbox.add(event, eventsUrl);
      return event;
    }

    /** counts the event under each counter core says it adds to, as the collector's replay does; false for none */
    function count(event: GrowthEvent): boolean {
      const names = countedNames(event, triggers);
      for (const name of names) counters.count(name, event.ts);
      return names.length > 0;
    }

    function page(): void {
      pageViewAt = isoNow();
      emit('page', 'page', { title: document.title, ...(document.referrer && { referrer: document.referrer }) });
      widgets.pageView();
    }

    /**
     * The user changed or logged out: their progress, counters and widgets leave the device, and whoever is here now
     * has their state asked of the collector (until it answers, experiments assign nothing: see present above).
     */
    function forgetUser(): Promise<unknown> {
      widgets.clear();
      return Promise.all([counters.clear(), values.clear(), usage.clear(), state.clear()]).then(() => {
        widgets.update();
        return state.pull();
      });
    }

    const leaving = () =>
      guard.run('send', () => {
        outbox.beacon();
        state.pushPending();
      });
    // one signal takes every listener off at destroy
    const listeners = new AbortController();
    const signal = listeners.signal;
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && leaving(), { signal });
    addEventListener('pagehide', leaving, { signal });
    // a page the browser restores from its back/forward cache runs none of its scripts again: a page view all the same
    addEventListener('pageshow', (event) => event.persisted && guard.run('page', page), { signal });
    addEventListener('online', () => guard.run('send', outbox.flush), { signal });
    watchRoutes(
      () => guard.run('page', () => widgets.leave()),
      () => guard.run('page', page),
      signal,
    );
    const unwatchSlots = watchSlots(() => guard.run('widgets', () => widgets.update()));

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
          warn: guard.warn,
          onConfig: (config: Config) =>
            guard.run('config', () => {
              settings = config.settings;
              triggers = (config.campaigns ?? []).map((campaign) => campaign.trigger);
              widgets.setCampaigns(config.campaigns ?? []);
            }),
        }),
      );
      // after the first decision and the widgets it shows, like the config's revalidation
      guard.run('state', () => backgroundTask().then(() => state.pull()));
    });
    if (debugRequested(options.debug, location.search))
      guard.run('debug-panel', () =>
        deps.loadWidget('debug-panel', endpoint).then((loaded) => {
          // the debug chunk is no widget: it opens the whole panel itself (DebugPanelModule)
          debug = (loaded as unknown as DebugPanelModule).openDebugPanel({ zIndex: zIndex + 1, theme: options.theme, warn: guard.warn });
          guard.run('widgets', () => widgets.updateNow());
        }),
      );
    // the bodies of the public methods, arguments checked
    return {
      identify(userId: string | number, traits: Traits = {}, identifyOptions?: IdentifyOptions) {
        const signingIn = !identity.who().userId;
        // progress made just now (a step done, then the switch) goes to the collector as the user who made it
        state.pushPending();
        const switched = identity.identify(String(userId), traits, identifyOptions?.hash);
        emit('identify', 'identify', traits);
        // offline, the pull rejects: guarded like the first one, never an unhandled rejection in the page
        if (switched) guard.run('state', forgetUser);
        else widgets.update();
        // The anonymous visitor's state (experiment variants, progress) becomes the user's on the collector too.
        if (signingIn) void state.push().catch(() => undefined);
      },
      group(accountId: string, traits: Traits = {}) {
        identity.group(accountId, traits);
        emit('group', 'group', traits);
        widgets.update();
      },
      track(event: string, props: Record<string, unknown> = {}) {
        const tracked = emit('track', event, props);
        count(tracked);
        values.count(event, tracked.ts);
        widgets.update();
      },
      usage(metric: string, used: number, limit: number) {
        emit('track', 'usage', { metric, used, limit });
        usage.set(metric, used, limit);
        widgets.update();
      },
      page,
      show: (campaignId: string) => widgets.show(campaignId),
      reset() {
        // a step done right before logging out is the leaving user's: it goes to the collector under their name first
        state.pushPending();
        identity.reset();
        // offline, the pull rejects: guarded, never an unhandled rejection in the page
        guard.run('state', forgetUser);
      },
      flush: () => outbox.flush(),
      /** the flow ended: its widget leaves the page; `proceed` is reported here, the user's outcomes by the widget */
      closeFlow({ campaignId, outcome }: HostEvents['cancel:outcome']) {
        if (outcome === 'proceed') emit('widget', 'gk.cancel_outcome', { outcome }, campaignId);
        widgets.show(undefined);
      },
      stop() {
        listeners.abort();
        unwatchSlots();
        outbox.destroy();
        state.destroy();
        widgets.clear();
        debug?.remove();
        live = false;
      },
    };
  }

  /** a call made before `init`, run by it; as the snippet's queue, only the first EARLY_MAX wait (a page that never calls init) */
  const afterInit = (call: () => void) => {
    if (early.length < EARLY_MAX) early.push(call);
    else guard.warn('call:no-init', `calls wait for init, the first ${EARLY_MAX} only: call init first`);
  };

  /** GrowthKit cannot run the flow: the host's cancellation goes ahead */
  const proceed = () => notify('cancel:outcome', { outcome: 'proceed', campaignId: flow!.campaignId });

  /**
   * Wraps a public method that waits for `init`: argument check (`valid`) with a one-time warning that gives the fix
   * (`help`: misuse's parameters, need and example), queued until `init`, never throws.
   */
  function method(name: Queued, valid: (...args: unknown[]) => boolean = () => true, ...help: [string, string, string] | []) {
    return (...args: unknown[]): void => {
      guard.run(name, () => {
        const copies = jsonArguments(args);
        if (!copies) {
          return guard.warn(`json:${name}`, `${name}'s objects must be plain JSON under 16 KB; the call was dropped`);
        }
        // the originals too: a Date (or any toJSON) would pass as the string it copies to
        if (!valid(...args) || !valid(...copies)) return guard.warn(`call:${name}`, misuse(name, ...(help as [string, string, string])));
        const call = () => {
          if (!WHO.includes(name)) sendFirstPageView();
          (started![name] as (...args: unknown[]) => void)(...copies);
        };
        if (started) return call();
        afterInit(() => guard.run(name, call));
      });
    };
  }

  const api: GrowthKit = {
    init: (options) =>
      guard.run('init', () => {
        if (started) return guard.warn('call:init:again', "init was called again; the first call's settings stay");
        // read once, as JSON: a getter that throws or changes midway cannot leave GrowthKit half started
        const [copy] = jsonArguments([options]) ?? [];
        // the publishable key, as the collector takes it (a secret key in a page is anyone's), and an absolute endpoint
        // (a bare host name would be read as a path of the page's own origin)
        if (
          !isObject(copy) ||
          !isName(copy.key) ||
          !/^pk_./.test(copy.key) ||
          !isName(copy.endpoint) ||
          !/^https?:\/\/./i.test(copy.endpoint)
        ) {
          return guard.warn(
            'call:init',
            misuse(
              'init',
              'options',
              'the publishable key and the collector URL',
              "{ key: 'pk_demo', endpoint: 'https://growth.example.com' }",
            ),
          );
        }
        // The first page view waits for who the user is: identify and group calls made before init or in its task (the
        // snippet's queue) are on it. Any other call sends it first, so it still comes before the page's own events;
        // queued ahead of start's config load, it still comes before the first decision.
        queueMicrotask(sendFirstPageView);
        const runtime = start(copy as unknown as InitOptions);
        started = runtime;
        firstPageView = () => guard.run('page', runtime.page);
        for (const call of early.splice(0)) call();
      }),

    identify: method(
      'identify',
      (userId, traits, options) =>
        (isName(userId, 128) || Number.isFinite(userId)) &&
        isOptionalObject(traits) &&
        isOptionalObject(options) &&
        // a hash that is no string would get every later event of the user rejected
        (!(options as IdentifyOptions | undefined)?.hash || isName((options as IdentifyOptions).hash, 128)),
      'userId, traits?',
      "the user's id as a string and traits as an object",
      "'user_42', { plan: 'basic' }",
    ),

    group: method(
      'group',
      (accountId, traits) => isName(accountId, 128) && isOptionalObject(traits),
      'accountId, traits?',
      "the account's id as a string and traits as an object",
      "'acct_7', { seats: 5 }",
    ),

    track: method(
      'track',
      (event, props) => isName(event) && isOptionalObject(props),
      'event, props?',
      'an event name string and props as an object',
      "'doc_created', { template: 'blank' }",
    ),

    usage: method(
      'usage',
      // numbers first: a comparison would convert anything else, and a Symbol throws
      (metric, used, limit) =>
        isName(metric) && Number.isFinite(used) && Number.isFinite(limit) && (used as number) >= 0 && (limit as number) > 0,
      'metric, used, limit',
      'a name, used and limit > 0',
      "'storage_gb', 4.6, 5",
    ),

    page: method('page'),

    on: (name, handler) =>
      guard.run('on', () => {
        if (!isName(name) || typeof handler !== 'function') {
          return guard.warn('call:on', misuse('on', 'name, handler', 'an event name and a function', "'cta', ({ action }) => …"));
        }
        if (!handlers.has(name)) handlers.set(name, new Set());
        handlers.get(name)!.add(handler as (payload: never) => void);
      }),

    off: (name, handler) => guard.run('off', () => void handlers.get(name)?.delete(handler as (payload: never) => void)),

    show: method('show', (campaignId) => isName(campaignId, 128), 'campaignId', 'a campaign id', "'onboarding'"),

    reset: method('reset'),

    cancelFlow: (options, callback) =>
      new Promise((resolve) => {
        // read once, as JSON: options whose getter throws are a wrong call, and the host still gets its answer
        const [copy] = jsonArguments([options]) ?? [];
        if (options !== undefined && !isObject(copy)) guard.warn('call:cancelFlow', misuse('cancelFlow', 'options?', 'an object', '{}'));
        const run: CancelFlowRun = {
          campaignId: isObject(copy) && isName(copy.campaignId, 128) ? copy.campaignId : CANCEL_FLOW_ID,
          answer(outcome) {
            if (flow !== run) return;
            flow = undefined;
            clearTimeout(timer);
            const { campaignId, ...result } = outcome;
            resolve(result);
            guard.run('cancelFlow', () => {
              started?.closeFlow(outcome);
              if (typeof callback === 'function') callback(result);
            });
          },
        };
        // a flow started again while one runs: the first caller goes on with its cancellation
        if (flow) proceed();
        flow = run;
        // not on screen in time (no config, no campaign, no chunk, an exception): the host goes on
        const timer = setTimeout(() => run.open || proceed(), PROCEED_AFTER_MS);
        // show(id)'s way: above everything, whatever the budget; an id with no campaign shows nothing, and the timer answers.
        // Queued until init, it opens only if still unanswered: the host may have gone on with its cancellation meanwhile.
        const open = () => flow === run && started!.show(run.campaignId);
        if (started) open();
        else afterInit(open);
      }),

    flush: () => {
      if (!started) return Promise.resolve();
      sendFirstPageView();
      return started.flush().catch((error: unknown) => guard.fail('flush', error));
    },

    destroy: () =>
      guard.run('destroy', () => {
        started?.stop();
        started = undefined;
        firstPageView = undefined;
      }),
  };
  return api;
}
