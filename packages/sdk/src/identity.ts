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

/** who this tab's user is, as kept on the device (the session is the device's, shared by its tabs) */
interface Mine extends Who {
  traits?: Traits;
  accountTraits?: Traits;
}

const MINE: (keyof Mine)[] = ['anonymousId', 'userId', 'traits', 'hash', 'accountId', 'accountTraits'];

/**
 * Who is using the host app: anonymous id (kept across visits), user, account, traits, session. Each tab keeps its own
 * copy, read at start and changed by its own calls only: another tab that signs in as someone else (an account switcher)
 * must not move this tab's events, progress and state to that user. The device keeps the last one, for the next page.
 */
export class Identity {
  readonly #values: LocalValues;
  readonly #now: () => number;
  /** this tab's copy, read once at start */
  readonly #mine: Mine;

  constructor(values: LocalValues, now: () => number = Date.now) {
    this.#values = values;
    this.#now = now;
    this.#mine = Object.fromEntries(MINE.map((name) => [name, values.get(name)])) as Mine;
    if (!this.#mine.anonymousId) this.#set('anonymousId', newId());
  }

  #set<K extends keyof Mine>(name: K, value: Mine[K]): void {
    this.#mine[name] = value;
    this.#values.set(name, value);
  }

  who(): Who {
    return { ...this.#mine };
  }

  /** the attributes audience conditions see: user traits, plus `id` and the account's traits under `account` */
  attributes(): Traits {
    const { userId, accountId, accountTraits } = this.#mine;
    return { ...this.traits(), id: userId, account: { ...accountTraits, id: accountId } };
  }

  traits(): Traits {
    return this.#mine.traits ?? {};
  }

  /** true when this is a different user than the one known so far (their data must not carry over) */
  identify(userId: string, traits: Traits, hash?: string): boolean {
    const previous = this.#mine.userId;
    const switched = previous !== undefined && previous !== userId;
    // another user on this device (no reset() between): a new visitor, who inherits nothing of the last one
    if (switched) this.reset();
    this.#set('userId', userId);
    this.#set('traits', { ...this.traits(), ...traits });
    if (hash) this.#set('hash', hash);
    return switched;
  }

  group(accountId: string, traits: Traits): void {
    const same = this.#mine.accountId === accountId;
    this.#set('accountId', accountId);
    this.#set('accountTraits', { ...(same ? this.#mine.accountTraits : {}), ...traits });
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

  /** forget the user and start over as a new anonymous visitor: nothing of theirs, not even their device's visitor id, goes on */
  reset(): void {
    for (const name of [...MINE, 'session']) {
      delete this.#mine[name as keyof Mine];
      this.#values.remove(name);
    }
    this.#set('anonymousId', newId());
  }
}
