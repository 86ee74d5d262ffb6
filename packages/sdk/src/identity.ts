import type { Traits } from './api.ts';
import { newId } from './event-id.ts';
import type { LocalValues } from './local-values.ts';

/** A session ends after this long without an event (the usual analytics convention). */
const SESSION_IDLE_MS = 30 * 60 * 1000;

interface Session {
  id: string;
  /** epoch ms of the last event */
  last: number;
}

export interface Who {
  anonymousId: string;
  userId?: string;
  accountId?: string;
  hash?: string;
}

/** Who is using the host app: anonymous id (kept across visits), user, account, traits, session. */
export class Identity {
  readonly #values: LocalValues;
  readonly #now: () => number;

  constructor(values: LocalValues, now: () => number = Date.now) {
    this.#values = values;
    this.#now = now;
  }

  get anonymousId(): string {
    let id = this.#values.get<string>('anonymousId');
    if (!id) {
      id = newId();
      this.#values.set('anonymousId', id);
    }
    return id;
  }

  who(): Who {
    return {
      anonymousId: this.anonymousId,
      userId: this.#values.get('userId'),
      accountId: this.#values.get('accountId'),
      hash: this.#values.get('hash'),
    };
  }

  /** the attributes audience conditions see: user traits, plus `id` and the account's traits under `account` */
  attributes(): Traits {
    const { userId, accountId } = this.who();
    return { ...this.traits(), id: userId, account: { ...this.#values.get<Traits>('accountTraits'), id: accountId } };
  }

  traits(): Traits {
    return this.#values.get<Traits>('traits') ?? {};
  }

  /** true when this is a different user than the one known so far (their data must not carry over) */
  identify(userId: string, traits: Traits, hash?: string): boolean {
    const previous = this.#values.get<string>('userId');
    const switched = previous !== undefined && previous !== userId;
    if (switched) this.forget();
    this.#values.set('userId', userId);
    this.#values.set('traits', { ...this.traits(), ...traits });
    if (hash) this.#values.set('hash', hash);
    return switched;
  }

  group(accountId: string, traits: Traits): void {
    const same = this.#values.get('accountId') === accountId;
    this.#values.set('accountId', accountId);
    this.#values.set('accountTraits', { ...(same ? this.#values.get<Traits>('accountTraits') : {}), ...traits });
  }

  /** the session while it is live: less than 30 minutes since its last activity */
  #live(): Session | undefined {
    const current = this.#values.get<Session>('session');
    return current && this.#now() - current.last < SESSION_IDLE_MS ? current : undefined;
  }

  /**
   * The current session id, counting as activity; a new one after 30 minutes without. The activity is written at most
   * once a minute: the ten events of one click do not each rewrite it (SPEC §11: no long task), and a session ends at
   * most a minute early.
   */
  session(): string {
    const live = this.#live();
    const now = this.#now();
    if (live && now - live.last < 60_000) return live.id;
    const id = live?.id ?? newId();
    this.#values.set('session', { id, last: now });
    return id;
  }

  /** the current session id without counting as activity (targeting reads it often) */
  currentSession(): string {
    return this.#live()?.id ?? this.session();
  }

  /** forget the user and start over as a new anonymous visitor */
  forget(): void {
    for (const name of ['userId', 'traits', 'hash', 'accountId', 'accountTraits', 'session']) this.#values.remove(name);
  }

  reset(): void {
    this.forget();
    this.#values.set('anonymousId', newId());
  }
}
