/** What one work item of a group came to: its result, or the error that kept it out of the database. */
export type Settled<Result> = { ok: true; result: Result } | { ok: false; error: unknown };

/**
 * Batches that arrive together share one transaction. SQLite pays most of a write at commit (every page an insert
 * touched goes to the WAL), so the writer gathers every request waiting for it and commits them at once; each caller
 * still gets its own result, and only after the commit that stored its events.
 *
 * `commit` runs the given work items inside one transaction and returns one result per item, in order. When a group
 * fails, each of its items is committed alone, so one bad item fails only its own caller.
 */
export function commitGroup<Item, Result>(commit: (items: readonly Item[]) => Result[], items: readonly Item[]): Settled<Result>[] {
  try {
    return commit(items).map((result) => ({ ok: true, result }));
  } catch (error) {
    if (items.length === 1) return [{ ok: false, error }];
    return items.map((item) => {
      try {
        return { ok: true, result: commit([item])[0]! };
      } catch (itemError) {
        return { ok: false, error: itemError };
      }
    });
  }
}
