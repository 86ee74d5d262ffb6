/**
 * Batches that arrive together share one transaction. SQLite pays most of a write at commit (every page an insert
 * touched goes to the WAL, and random event ids touch a different index page each), so concurrent requests are
 * gathered until the event loop has read what is waiting, then committed at once; each caller still gets its own
 * result, and only after the commit that stored its events.
 *
 * `commit` runs the given work items inside one transaction and returns one result per item, in order. When a group
 * fails, each of its items is committed alone, so one bad item fails only its own caller.
 */
export function groupCommit<Item, Result>(commit: (items: readonly Item[]) => Result[]): (item: Item) => Promise<Result> {
  let waiting: { item: Item; resolve: (result: Result) => void; reject: (error: unknown) => void }[] = [];

  const flush = () => {
    const group = waiting;
    waiting = [];
    try {
      const results = commit(group.map(({ item }) => item));
      for (const [index, { resolve }] of group.entries()) resolve(results[index]!);
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
      for (const { item, resolve, reject } of group) {
        try {
          resolve(commit([item])[0]!);
        } catch (itemError) {
          reject(itemError);
        }
      }
    }
  };

  return (item) =>
    new Promise<Result>((resolve, reject) => {
      // setImmediate runs after the poll phase: every request whose body arrived in this turn has joined by then.
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ item, resolve, reject });
    });
}
