import type { Project } from './store.ts';

/**
 * How long a looked-up project is trusted before it is read again, so that new keys or settings written by another
 * process (`pnpm collector rotate-keys`, another collector) take effect within this time and a replaced key stops
 * working. The same 30 s as the PostgreSQL store's.
 */
export const PROJECT_CACHE_MS = 30_000;

/** Projects found by key, each kept for `ttlMs`. Only found projects go in, so random wrong keys cannot grow it. */
export class ProjectCache {
  readonly #entries = new Map<string, { project: Project; until: number }>();

  constructor(
    private readonly ttlMs: number = PROJECT_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): Project | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until > this.now()) return entry.project;
    this.#entries.delete(key);
    return undefined;
  }

  set(key: string, project: Project): void {
    this.#entries.set(key, { project, until: this.now() + this.ttlMs });
  }

  clear(): void {
    this.#entries.clear();
  }
}
