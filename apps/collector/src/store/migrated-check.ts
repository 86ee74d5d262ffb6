/**
 * A reporting tool reads a database only: it must not create one where a path was mistyped, nor migrate a production
 * database because its checkout is newer than the collectors. Throws, naming the database and the fix, when the schema
 * is missing or older than this code's.
 */
export function assertMigrated(database: string, pending: readonly string[], all: number): void {
  if (pending.length === 0) return;
  if (pending.length === all) throw new Error(`${database} holds no GrowthKit schema: is it the collector's database?`);
  throw new Error(
    `${database} was last migrated by an older collector (${pending.length} migration${pending.length === 1 ? '' : 's'} of this version not applied: ${pending.join(', ')}): ` +
      "start this version's collector on it once, which migrates it, or report with the collector's own version",
  );
}
