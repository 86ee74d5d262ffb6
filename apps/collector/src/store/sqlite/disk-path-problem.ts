/**
 * Why `path` cannot be the collector's SQLite file, or undefined when it can. The event writer and the WAL checkpointer
 * open the file again on threads of their own: an in-memory database (`:memory:`, the empty path's temporary one, a
 * `file:` URI's) would be a new, empty one there, and every large batch would fail.
 */
export function diskPathProblem(path: string): string | undefined {
  if (path.trim() === '') return 'must name a file';
  if (path === ':memory:' || path.startsWith('file:')) {
    return `must name a file on disk, got "${path}": the collector's writer threads open the file again, which an in-memory database or a file: URI does not allow`;
  }
  return undefined;
}
