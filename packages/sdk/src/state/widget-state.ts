import { recordContact, type CampaignState, type Contact, type ExperimentAssignment, type UserState } from '@growthkit/core';
import type { LocalValues } from '../local-values.ts';
import { endOfTask } from '../storage/end-of-task.ts';

export interface WidgetStateOptions {
  /**
   * The device copy lives in localStorage, not IndexedDB: its write is synchronous, so a dismissal or a finished step
   * survives a navigation that follows at once (an IndexedDB transaction still in flight is aborted with the page).
   * The state is small: progress, dismissals, a capped contact log.
   */
  device: LocalValues;
  cacheKey: string;
  /** `${endpoint}/v1/state?key=…&anonymousId=…` for the current user */
  url(): string;
  fetch?: typeof fetch;
  /** the state changed other than by a decision's own bookkeeping (device store loaded, another device's progress arrived, a variant assigned) */
  onChange(): void;
  /** wait this long after a change before telling the collector, so a burst of changes is one PUT */
  pushDelay?: number;
}

const empty = (): CampaignState => ({ impressions: 0, steps: {} });

/**
 * One user's widget state (progress, dismissals, impressions): saved on the device at the end of the task that changed
 * it (one write for a burst of changes), and sent to the collector, which merges it with its copy (core's mergeState)
 * and answers the merge, so progress follows the user across devices. The device adopts that answer instead of merging
 * itself: mergeState stays out of the browser bundle (about 500 B gzip).
 */
export class WidgetState {
  #state: UserState = { campaigns: {} };
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #get: typeof fetch;
  /** bumped by clear(): an answer that arrives after a user switch belongs to the previous user */
  #generation = 0;
  /** bumped by every local change: an answer sent before it lacks it */
  #changes = 0;
  #pulled = false;

  readonly #options: WidgetStateOptions;

  constructor(options: WidgetStateOptions) {
    this.#options = options;
    this.#get = options.fetch ?? ((...args) => fetch(...args));
  }

  campaign(id: string): CampaignState {
    return this.#state.campaigns[id] ?? empty();
  }

  /** the whole state, as arbitration reads it (caps, dismissals, the contact log) */
  current(): UserState {
    return this.#state;
  }

  /** one interruptive prompt shown: the contact budget counts it on every device */
  contact(contact: Contact): void {
    this.#change(recordContact(this.#state, contact));
  }

  /**
   * A sticky experiment assignment: kept here and on the collector, so reloads, devices and sign-in keep it. It is made
   * while a decision goes on the page, after the decision was taken: told as a change, so the next one (and the debug
   * panel, which names the variant) sees it even when nothing shows (the holdout).
   */
  assign(key: string, assignment: ExperimentAssignment): void {
    this.#change({ ...this.#state, experiments: { ...this.#state.experiments, [key]: assignment } });
    this.#options.onChange();
  }

  /** loads the device copy: progress shows at once, before the network answers */
  async loadLocal(): Promise<void> {
    const saved = this.#options.device.get<UserState>(this.#options.cacheKey);
    if (saved) this.#adopt(saved);
  }

  /**
   * Brings in progress made on other devices: a PUT of the device copy, whose answer is the collector's merge of both
   * (so changes made offline reach the collector too).
   */
  async pull(): Promise<void> {
    const generation = this.#generation;
    try {
      await this.push();
    } finally {
      // Offline or refused, the device's copy is all there is: waiting longer would only keep widgets away.
      if (generation === this.#generation && !this.#pulled) {
        this.#pulled = true;
        this.#options.onChange();
      }
    }
  }

  /** whether this user's state has been asked of the collector once (answered or not) since start or the last switch */
  synced(): boolean {
    return this.#pulled;
  }

  update(id: string, change: (campaign: CampaignState) => void): void {
    const campaign = structuredClone(this.campaign(id));
    change(campaign);
    this.#change({ ...this.#state, campaigns: { ...this.#state.campaigns, [id]: campaign } });
  }

  /** a change made on this device: saved here, and sent to the collector soon */
  #change(state: UserState): void {
    this.#state = state;
    this.#changes++;
    this.#save();
    clearTimeout(this.#timer);
    // Offline: the device copy has it, and the next push or pull sends it.
    this.#timer = setTimeout(() => void this.push().catch(() => undefined), this.#options.pushDelay ?? 300);
  }

  /** the page or the user is going away: changes not yet sent go now, as that user (keepalive outlives the page) */
  pushPending(): void {
    if (this.#timer !== undefined) void this.push().catch(() => undefined);
  }

  /** sends the state now and adopts the collector's merge */
  async push(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const generation = this.#generation;
    const changes = this.#changes;
    const response = await this.#get(this.#options.url(), {
      // as text/plain, like the events (a PUT is preflighted whatever its type)
      method: 'PUT',
      body: JSON.stringify(this.#state),
      keepalive: true,
    });
    const state = response.ok ? ((await response.json()) as UserState) : undefined;
    if (!state || generation !== this.#generation) return;
    // A change made while the request was out is missing from the answer: adopting it would undo the change, so the
    // state goes again and that answer, the merge with the change, is adopted.
    if (changes !== this.#changes) return this.push();
    this.#adopt(state);
  }

  /** the user logged out or changed: nothing of theirs stays */
  async clear(): Promise<void> {
    clearTimeout(this.#timer);
    this.#generation++;
    this.#pulled = false;
    this.#state = { campaigns: {} };
    this.#options.device.remove(this.#options.cacheKey);
  }

  destroy(): void {
    clearTimeout(this.#timer);
  }

  #adopt(state: UserState): void {
    if (JSON.stringify(state) === JSON.stringify(this.#state)) return;
    this.#state = state;
    this.#save();
    this.#options.onChange();
  }

  #save = endOfTask(() => this.#options.device.set(this.#options.cacheKey, this.#state));
}
