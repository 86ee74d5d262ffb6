import type { Campaign } from '@growthkit/core';
import type { Arbiter } from '../campaigns/arbiter.ts';
import type { Guard } from '../guard.ts';
import { findSlot } from '../mount/widget-host.ts';
import type { Impressions } from './impression.ts';
import type { WidgetContext } from './widget-context.ts';
import type { Controller, WidgetModule } from './widget-module.ts';

/** how long an inline campaign waits for its slot before the console says so, ms */
const SLOT_GRACE_MS = 2000;

/** Decides which campaigns are on the page and keeps their widgets mounted in the right place. */
export class WidgetRuntime {
  #campaigns: Campaign[] = [];
  readonly #controllers = new Map<string, Controller>();
  /** the campaign asked for through `show(id)`, whatever its trigger, until it closes */
  #manual: string | undefined;
  /** campaigns that took themselves off (dismissed, failed): not put back in this page's life */
  readonly #closed = new Set<string>();
  /**
   * widget types whose chunk did not load: asked for again at the next page view, when the network may be back; their
   * campaigns keep their places meanwhile, showing nothing
   */
  readonly #unloaded = new Set<string>();
  /** loaded widget chunks by type */
  readonly #modules = new Map<string, WidgetModule>();
  /** chunks on their way, with the campaigns waiting for them */
  readonly #loading = new Map<string, Set<string>>();
  /** missing slots being given their moment before the console hears of them (#warnSlotMissing) */
  readonly #slotChecks = new Set<string>();
  /** the update asked for by update(), not run yet */
  #queued: ReturnType<typeof setTimeout> | undefined;
  /**
   * impressions and the first-paint mark, from the first widget chunk (the chunks' shared code): nothing is watched or
   * painted before one arrives, and the first script stays without them (SPEC §11)
   */
  #impressions: Impressions | undefined;
  /**
   * the last decision's campaigns that show, and those of them that interrupt: a widget chunk that arrives puts its
   * widgets on the page from them, without deciding again (SPEC §11: decisions made once)
   */
  #wanted = new Map<string, Campaign>();
  #interruptive = new Set<string>();
  /** the last decision's campaigns that show once their slot is on the page (`slot-missing`) */
  #awaitingSlot: Campaign[] = [];
  /** from a route change until its page view (impression.ts), for impressions that arrive meanwhile */
  #leaving = false;

  readonly #context: WidgetContext;
  readonly #arbiter: Arbiter;
  readonly #guard: Guard;

  constructor(context: WidgetContext, arbiter: Arbiter, guard: Guard) {
    this.#context = context;
    this.#arbiter = arbiter;
    this.#guard = guard;
  }

  setCampaigns(campaigns: Campaign[]): void {
    this.#campaigns = campaigns;
    for (const [id, controller] of this.#controllers) {
      if (!campaigns.some((campaign) => campaign.id === id)) this.#drop(id, controller);
    }
    this.updateNow();
  }

  /** `show(id)`: the campaign shows whatever its trigger, until it closes; undefined takes it off again (a cancel flow that ended) */
  show(campaignId: string | undefined): void {
    this.#manual = campaignId;
    if (campaignId) this.#closed.delete(campaignId);
    this.update();
  }

  /** the route changed: no widget counts as seen until its page view (widgets of the page being left never) */
  leave(): void {
    this.#leaving = true;
    this.#impressions?.leave();
  }

  /** a new page view: widgets that stay may be seen again (widgets the new page drops first) */
  pageView(): void {
    this.#leaving = false;
    this.#unloaded.clear();
    this.#impressions?.pageView();
    this.updateNow();
    for (const controller of this.#controllers.values()) controller.newPageView();
  }

  /**
   * Something changed (an event, traits, usage, saved state, slots): re-decides once, in a task of its own after the
   * current one, however many changes arrive meanwhile. Ten `track` calls in a click handler are one decision and one
   * render, not ten (SPEC §11: no long task of GrowthKit's), and the host's handler ends and its own response paints
   * first; widgets follow before or at the next frame. A microtask would coalesce too, but inside the host's task,
   * making it longer; requestAnimationFrame does not run in hidden tabs, where the state must still settle.
   */
  update(): void {
    // A campaign that waited for its slot and finds it now is decided and mounted at once, in the host's task that
    // added the slot, so the slot and its widget paint in the same frame (SPEC §11).
    if (this.#awaitingSlot.some((campaign) => findSlot(campaign.placement))) this.updateNow();
    // its own task: nothing above it would catch for the host page
    else this.#queued ??= setTimeout(() => this.#guard.run('widgets', () => this.updateNow()));
  }

  /**
   * Re-decides (core's decide) now and mounts what shows, takes off what no longer does, follows slots that came or
   * went. Used directly where one thing arrived and the user waits to see it: the config, a widget chunk, a page view.
   */
  updateNow(): void {
    clearTimeout(this.#queued);
    this.#queued = undefined;
    const decisions = this.#arbiter.decide(this.#campaigns, [...this.#controllers.keys()], this.#manual);
    const byId = new Map(this.#campaigns.map((campaign) => [campaign.id, campaign]));
    this.#awaitingSlot = [];
    for (const { campaignId, reason } of decisions) {
      if (reason.code !== 'slot-missing') continue;
      const campaign = byId.get(campaignId)!;
      this.#awaitingSlot.push(campaign);
      this.#warnSlotMissing(campaignId, reason.slot);
      // it shows once its slot is there: its chunk loads meanwhile, while the host is still rendering (SPEC §11)
      if (!this.#closed.has(campaign.id)) this.#module(campaign);
    }
    this.#interruptive = new Set(decisions.filter((decision) => decision.interruptive).map((decision) => decision.campaignId));
    this.#wanted = new Map(
      decisions
        .filter((decision) => decision.verdict === 'show' && !this.#closed.has(decision.campaignId))
        .flatMap((decision) => {
          const campaign = byId.get(decision.campaignId)!;
          const shown = this.#arbiter.present ? this.#arbiter.present(campaign) : campaign;
          return shown ? [[decision.campaignId, shown] as const] : [];
        }),
    );
    this.#apply();
  }

  /** puts the last decision on the page: mounts what shows and has its chunk, takes off what no longer shows */
  #apply(): void {
    const wanted = this.#wanted;
    for (const [id, controller] of this.#controllers) if (!wanted.has(id)) this.#drop(id, controller);
    for (const campaign of wanted.values()) {
      const module = this.#module(campaign);
      if (!module) continue;
      let controller = this.#controllers.get(campaign.id);
      if (controller && controller.campaign !== campaign) {
        this.#drop(campaign.id, controller);
        controller = undefined;
      }
      try {
        if (!controller) {
          controller = module.createWidgetController(
            campaign,
            this.#context,
            (failed) => this.#close(campaign, failed),
            module,
            this.#impressions!,
          );
          this.#controllers.set(campaign.id, controller);
          // what the host opened (show(id), cancelFlow()) the user asked for: it spends none of the contact budget
          if (this.#interruptive.has(campaign.id) && campaign.id !== this.#manual) this.#arbiter.contacted(campaign.id);
        }
        controller.refresh();
        // in its slot (decide holds an inline widget whose slot is missing), or floating
        controller.place(findSlot(campaign.placement));
      } catch (error) {
        // a widget whose logic throws before its controller's guard (creating it) fails alone: the others still show
        this.#close(campaign, { error });
      }
    }
  }

  /** takes every widget off the page, and what the user saw: the next user's widgets are new to them */
  clear(): void {
    clearTimeout(this.#queued);
    this.#queued = undefined;
    // nothing shows until the next decision: a chunk that arrives meanwhile puts no widget back (a new user, destroy)
    this.#wanted = new Map();
    this.#apply();
    this.#impressions?.reset();
    this.#manual = undefined;
    this.#closed.clear();
  }

  /**
   * the chunk of the campaign's widget type, once loaded; the first ask starts loading it and re-decides when it is there
   * (none for a type whose chunk failed, until the next page view)
   */
  #module({ id, widget: { type } }: Campaign): WidgetModule | undefined {
    const module = this.#modules.get(type);
    if (module || this.#unloaded.has(type)) return module;
    const waiting = this.#loading.get(type);
    if (waiting) return void waiting.add(id);
    const campaigns = new Set([id]);
    this.#loading.set(type, campaigns);
    this.#context
      .loadWidget(type)
      .then((loaded) => {
        this.#loading.delete(type);
        const module = loaded as WidgetModule;
        this.#modules.set(type, module);
        this.#impressions ??= module.createImpressions(this.#leaving);
        // guarded here: a failing mount is no failed load
        this.#guard.run('widgets', () => this.#apply());
      })
      .catch((error: unknown) => {
        this.#loading.delete(type);
        this.#unloaded.add(type);
        this.#failed(campaigns, type, 'load', error);
      });
  }

  /** a widget took itself off (dismissed, or failed): the next campaign in line may take its place */
  #close({ id, widget: { type } }: Campaign, failed?: { error: unknown }): void {
    if (failed) this.#failed([id], type, 'throw', failed.error);
    this.#controllers.get(id)?.remove();
    this.#controllers.delete(id);
    this.#wanted.delete(id);
    this.#closed.add(id);
    if (this.#manual === id) this.#manual = undefined;
    this.update();
  }

  /**
   * One console warning per widget type, never an error in the host page; and for the collector, `gk.error` per campaign:
   * which widget failed, how (its chunk did not load, or it threw) and why.
   */
  #failed(campaignIds: Iterable<string>, widget: string, kind: 'load' | 'throw', error: unknown): void {
    const message = String(error);
    this.#context.warn(`widget:${widget}`, `the ${widget} widget failed and was removed (${message})`);
    for (const id of campaignIds) this.#context.emit('gk.error', id, { widget, kind, message: message.slice(0, 200) });
  }

  /**
   * A slot a sanitizer stripped, or a route without one, would otherwise leave the widget missing without a word. Said
   * once, and only when the slot is still missing a moment later: a route change takes the old page's slots away a
   * moment before the new page's arrive.
   */
  #warnSlotMissing(campaignId: string, slot: string): void {
    const kind = `slot:${campaignId}:${slot}`;
    if (this.#slotChecks.has(kind)) return;
    this.#slotChecks.add(kind);
    setTimeout(() => {
      this.#slotChecks.delete(kind);
      if (!findSlot({ slot }))
        this.#context.warn(
          kind,
          `campaign "${campaignId}" waits for its slot: add <div data-growthkit="${slot}"></div> where it should show`,
        );
    }, SLOT_GRACE_MS);
  }

  #drop(id: string, controller: Controller): void {
    controller.remove();
    this.#controllers.delete(id);
  }
}
