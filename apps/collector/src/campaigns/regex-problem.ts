/** Longer sources are refused outright: nothing a targeting rule needs is that long, and each is run on every check. */
const REGEX_MAX_LENGTH = 256;

/** A bounded repetition with a larger maximum backtracks like an unbounded one on long input. */
const LARGE_REPEAT = 32;

interface Group {
  quantified: boolean;
  alternation: boolean;
}

/** The most repetitions the quantifier at `source[at]` allows and its length; undefined when none starts there. */
function quantifierAt(source: string, at: number): { max: number; length: number } | undefined {
  const char = source[at];
  if (char === '*' || char === '+') return { max: Number.POSITIVE_INFINITY, length: 1 };
  if (char === '?') return { max: 1, length: 1 };
  const braces = char === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at)) : null;
  if (!braces) return undefined;
  const [whole, least, comma, most] = braces;
  if (comma === undefined) return { max: Number(least), length: whole.length };
  return { max: most === '' ? Number.POSITIVE_INFINITY : Number(most), length: whole.length };
}

/** Where the escape starting at `source[at]` ("\") ends, a `\u{…}` or `\p{…}` taken whole. */
function escapeEnd(source: string, at: number): number {
  const named = /^\\[upP]\{[^}]*\}/.exec(source.slice(at));
  return at + (named ? named[0].length : 2);
}

/** Where the character class starting at `source[at]` ("[") ends. */
function classEnd(source: string, at: number): number {
  let index = at + 1;
  while (index < source.length && source[index] !== ']') index = source[index] === '\\' ? escapeEnd(source, index) : index + 1;
  return index + 1;
}

/**
 * Why a `$regex` could take the collector (and the browsers) seconds to minutes on a long trait or prop, judged from
 * its source; undefined when it cannot. Refused: a repeated group holding a quantifier or an alternation (`(a+)+`,
 * `(a|aa)*`: exponential), and more than one unbounded repetition (`a.*b.*c`: polynomial, minutes on 16 KB of props).
 * A source that is not a valid regex is left alone: it never matches and runs nothing.
 */
export function regexProblem(source: string, flags = ''): string | undefined {
  if (source.length > REGEX_MAX_LENGTH) return `must be at most ${REGEX_MAX_LENGTH} characters`;
  try {
    new RegExp(source, flags);
  } catch {
    return undefined;
  }
  const groups: Group[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  let closed: Group | undefined;
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    const quantifier = quantifierAt(source, index);
    if (quantifier && index > 0) {
      groups.at(-1)!.quantified = true;
      if (quantifier.max > LARGE_REPEAT) unbounded += 1;
      if (quantifier.max > 1 && closed && (closed.quantified || closed.alternation))
        return 'must not repeat a group that holds a repetition or "|" (exponential backtracking): use a character class';
      // a "?" after a quantifier makes it lazy: it repeats nothing of its own
      index += quantifier.length + (source[index + quantifier.length] === '?' ? 1 : 0);
      closed = undefined;
      continue;
    }
    closed = undefined;
    if (char === '\\') index = escapeEnd(source, index);
    else if (char === '[') index = classEnd(source, index);
    else if (char === '(') {
      groups.push({ quantified: false, alternation: false });
      // the "?" of (?:, (?=, (?<name> is no quantifier
      index += source[index + 1] === '?' ? 2 : 1;
    } else if (char === ')') {
      const group = groups.length > 1 ? groups.pop()! : groups[0]!;
      groups.at(-1)!.quantified ||= group.quantified;
      closed = group;
      index += 1;
    } else {
      if (char === '|') groups.at(-1)!.alternation = true;
      index += 1;
    }
  }
  if (unbounded > 1)
    return `must repeat without bound (*, +, {n,} or over {0,${LARGE_REPEAT}}) at most once: more backtracks for minutes on long text`;
  return undefined;
}
