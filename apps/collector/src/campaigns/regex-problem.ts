import { EVENT_LIMITS } from '@growthkit/core';

/** Longer sources are refused outright: nothing a targeting rule needs is that long, and each is run on every check. */
const REGEX_MAX_LENGTH = 256;

/** The longest text a pattern meets: a trait or prop can be as long as an event's props. */
const TEXT = EVENT_LIMITS.propsBytes;

/**
 * The most backtracking steps allowed, estimated: twice `a.*b` over 16 KB, which takes about half a second. Measured
 * on node 20, `a{0,9}a{0,9}.*b` (100 times more) takes 15 s and `a.*b.*c` does not finish in a minute.
 */
const STEP_BUDGET = 2 * TEXT * TEXT;

interface Group {
  quantified: boolean;
  alternation: boolean;
}

interface Quantifier {
  /** how many different counts it can repeat its atom */
  choices: number;
  /** the most times it repeats it */
  most: number;
  length: number;
}

/** The quantifier at `source[at]`; undefined when none starts there. */
function quantifierAt(source: string, at: number): Quantifier | undefined {
  const char = source[at];
  if (char === '*' || char === '+') return { choices: TEXT, most: TEXT, length: 1 };
  if (char === '?') return { choices: 2, most: 1, length: 1 };
  const braces = char === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at)) : null;
  if (!braces) return undefined;
  const [whole, least, comma, most] = braces;
  if (comma === undefined) return { choices: 1, most: Number(least), length: whole.length };
  if (most === '') return { choices: TEXT, most: TEXT, length: whole.length };
  return { choices: Math.min(TEXT, Number(most) - Number(least) + 1), most: Number(most), length: whole.length };
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
 * `(a|aa)*`: exponential), and repetitions whose counts, multiplied (and by the text's length unless the pattern is
 * anchored with `^`), exceed STEP_BUDGET (`a.*b.*c`, `a{0,9}a{0,9}.*b`: polynomial). A source that is not a valid
 * regex is left alone: it never matches and runs nothing.
 */
export function regexProblem(source: string, flags = ''): string | undefined {
  if (source.length > REGEX_MAX_LENGTH) return `must be at most ${REGEX_MAX_LENGTH} characters`;
  try {
    new RegExp(source, flags);
  } catch {
    return undefined;
  }
  const groups: Group[] = [{ quantified: false, alternation: false }];
  let steps = 1;
  let closed: Group | undefined;
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    const quantifier = quantifierAt(source, index);
    if (quantifier && index > 0) {
      groups.at(-1)!.quantified = true;
      steps *= quantifier.choices;
      if (quantifier.most > 1 && closed && (closed.quantified || closed.alternation))
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
  // an unanchored pattern is tried from every position of the text
  const anchored = source.startsWith('^') && !groups[0]!.alternation;
  if ((anchored ? steps : steps * TEXT) > STEP_BUDGET)
    return 'has too many repetitions to backtrack over a long trait (more than one unbounded, or bounded ones multiplied by one): use fewer, or anchor it with ^';
  return undefined;
}
