/** Longer sources are refused outright: nothing a targeting rule needs is that long, and each is run on every check. */
const REGEX_MAX_LENGTH = 256;

/** How long recheck may take to judge one pattern, when a campaign is saved (ms). */
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Why a `$regex` could take the collector (and every visitor's browser) seconds to minutes on a long trait or prop;
 * undefined when it cannot. The judge is recheck (a ReDoS checker built on automata theory, with fuzzing where that does
 * not decide): a pattern it finds vulnerable is refused, exponential (`(a+)+$`) or polynomial (`a.*b.*c`; also `a.*b`,
 * which an unanchored search tries from every position of a 16 KB value, quadratic), and so is one it cannot judge in
 * time. A source that is not a valid regex is left alone: it never matches and runs nothing.
 */
export async function regexProblem(source: string, flags = ''): Promise<string | undefined> {
  if (source.length > REGEX_MAX_LENGTH) return `must be at most ${REGEX_MAX_LENGTH} characters`;
  try {
    new RegExp(source, flags);
  } catch {
    return undefined;
  }
  // loaded by the first pattern to judge (2.9 MB of script, 0.4 s), not by every start of the collector; `check` runs
  // in recheck's own process or thread, so judging never holds the event loop that ingest and health checks share
  const { check } = await import('recheck');
  const judged = await check(source, flags, { timeout: CHECK_TIMEOUT_MS });
  if (judged.status === 'safe') return undefined;
  if (judged.status === 'unknown')
    return `could not be shown to run in linear time within ${CHECK_TIMEOUT_MS / 1000} s (${judged.error.kind}): simplify it`;
  if (judged.complexity.type === 'exponential')
    return 'can backtrack exponentially on a long trait or prop (a repeated group holding a repetition or "|"): use a character class';
  const { degree } = judged.complexity;
  const growth = degree === 2 ? 'quadratic' : `degree-${degree} polynomial`;
  return `can backtrack in ${growth} time on a long trait or prop (repetitions like .* that overlap, or an unanchored .*): anchor it with ^, or use a character class such as [^@]* instead of .*`;
}
