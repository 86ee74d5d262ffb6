import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports process times in clock ticks of 1/100 s (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/** [ppid, own user+system ticks, reaped children's user+system ticks] from /proc/<pid>/stat (or one of its threads'), or undefined when gone. */
function stat(pid: number, file = `/proc/${pid}/stat`): [number, number, number] | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces) start at field 3: ppid is 4, utime 14 … cstime 17.
  const fields = text
    .slice(text.lastIndexOf(')') + 2)
    .split(' ')
    .map(Number);
  return [fields[1]!, fields[11]! + fields[12]!, fields[13]! + fields[14]!];
}

/** CPU seconds a process has used so far. */
export function cpuSeconds(pid: number): number {
  return (stat(pid)?.[1] ?? 0) / TICKS_PER_SECOND;
}

/**
 * CPU seconds a server and all its children have used so far: its own, its children's that have exited (PostgreSQL's
 * connection processes, once the pool closes) and its live children's (the WAL writer, the checkpointer, …).
 */
export function treeCpuSeconds(pid: number): number {
  const parent = stat(pid);
  if (!parent) return 0;
  let ticks = parent[1] + parent[2];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const child = stat(Number(entry));
    if (child?.[0] === pid) ticks += child[1];
  }
  return ticks / TICKS_PER_SECOND;
}

/**
 * CPU seconds a process's main thread has used so far (its thread id is its process id): with cpuSeconds, what the
 * other threads (the SQLite writer thread, the garbage collector's helpers) used tells how the work splits over cores.
 */
export function mainThreadCpuSeconds(pid: number): number {
  return (stat(pid, `/proc/${pid}/task/${pid}/stat`)?.[1] ?? 0) / TICKS_PER_SECOND;
}
