import type { Condition, SavedGroups } from '../src/index.ts';
import { getPath } from '../src/condition/get-path.ts';
import type { Random } from './growthbook-random.ts';

/**
 * Random users, saved groups and GrowthBook conditions for the differential test. Values come from small pools so
 * conditions often hit (equal text, numbers written as strings, case variants, unicode), and conditions often
 * echo the user's own value so the deciding branch is reached. They avoid the few inputs the GrowthBook SDK itself
 * throws on (a null `$or`, `$elemMatch: null`, `undefined` in a condition) or answers from a stale regex cache
 * (patterns named like Object.prototype members, ending in `/i`, or non-string patterns whose text was cached).
 */
const strings = [
  '',
  'a',
  'A',
  'abc',
  'ABC',
  'trial',
  'Trial',
  'pro',
  'PRO',
  'über',
  'ÜBER',
  'straße',
  'STRASSE',
  '日本',
  '😀',
  'e\u0301',
  'é',
  '1',
  '10',
  '9',
  '3.5',
  '-2',
  '0',
  'true',
  'false',
  'null',
  'undefined',
  '1.2.3',
  'v1.2.3',
  '1.2.3-beta.1',
  'a/b',
  'a.b',
  '[object Object]',
  ' 1 ',
  'a,b',
];
/** Words in several cases, for the case-insensitive operators and regexes. */
const words = ['trial', 'Trial', 'TRIAL', 'pro', 'Pro', 'über', 'ÜBER', 'straße', 'STRASSE', 'Enterprise', 'enterprise'];
/** A small pool for arrays and lists, so `$all`, `$in` and `$elemMatch` match often enough to matter. */
const members = ['a', 'A', 'pro', 'Pro', '1', 1, 0, true, null, 'über', 'ÜBER'];
const numbers = [0, 1, -1, 2, 3, 3.5, 9, 10, 100, -0.5, 1e21];
const versions = [
  '1.2.3',
  'v1.2.3',
  'V1.2.3',
  '1.2.3-beta',
  '1.2.3-beta.2',
  '1.2.3-rc.1+build.5',
  '1.2.3+build',
  '1.10.0',
  '1.9.9',
  '2',
  '1.2',
  '2.0.0.1',
  '0.0.0',
  '',
  'abc',
  '1.1000.0',
  '1.999.0',
  '1.100.0',
  '1.99.0',
  '10.0.0',
  '9.0.0',
  '2024.1.1',
  1,
  1.2,
  10,
  null,
  true,
];
const regexes = [
  '^a',
  'A',
  'abc$',
  '^\\d+$',
  '[0-9]',
  '(',
  '[a-',
  '*a',
  'a{2,1}',
  '+',
  'ü',
  'Ü',
  '^über',
  '😀',
  'a/b',
  '\\/',
  '^$',
  '.*',
  'tr(ial|y)',
  '(?<n>a)\\k<n>',
  '\\p{L}',
  'null',
  'undefined',
  'true',
  '1\\.2',
  '^(?!pro)',
  'STRASSE',
  '[\\u00e0-\\u00ff]',
  'e\u0301',
  '^tri',
  'PRO',
  'über',
  'ENTER',
  'prise$',
  '^(trial|pro)$',
];
const typeNames = ['string', 'number', 'boolean', 'object', 'array', 'null', 'undefined', 'unknown', 'STRING'];
const paths = [
  'id',
  'plan',
  'plan',
  'country',
  'age',
  'score',
  'beta',
  'name',
  'name',
  'empty',
  'nothing',
  'tags',
  'tags',
  'tags',
  'items',
  'items',
  'version',
  'version',
  'version',
  'account',
  'account.plan',
  'account.seats',
  'account.owner.email',
  'account.owner',
  'account.constructor',
  'tags.length',
  'tags.0',
  'items.0.k',
  'plan.length',
  'missing.path',
  '$foo',
];
const operators = [
  '$eq',
  '$ne',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$nin',
  '$ini',
  '$nini',
  '$all',
  '$alli',
  '$size',
  '$elemMatch',
  '$exists',
  '$type',
  '$regex',
  '$regexi',
  '$not',
  '$inGroup',
  '$notInGroup',
  '$veq',
  '$vne',
  '$vgt',
  '$vgte',
  '$vlt',
  '$vlte',
  '$foo',
];
const arrayOperators = ['$elemMatch', '$size', '$all', '$alli', '$in', '$nin', '$ini', '$nini'];
const versionOperators = ['$veq', '$vne', '$vgt', '$vgte', '$vlt', '$vlte'];
const textOperators = ['$regex', '$regexi', '$ini', '$nini', '$eq', '$in'];
/** For `$elemMatch` elements, which are often `undefined` or `null` (skipped) besides plain values. */
const elementOperators = ['$eq', '$ne', '$exists', '$type', '$in', '$nin', '$gt', '$lt', '$regex', '$not'];
const groupIds = ['g1', 'g2', 'g1', 'missing'];

function randomPrimitive(random: Random): unknown {
  switch (random.int(7)) {
    case 0:
    case 1:
      return random.pick(strings);
    case 2:
      return random.chance(0.5) ? random.pick(numbers) : random.int(2000) / 100 - 5;
    case 3:
      return random.chance(0.5);
    case 4:
      return null;
    case 5:
      return random.pick(versions);
    default:
      return random.chance(0.5) ? random.unicode(4) : random.pick(strings).toUpperCase();
  }
}

function randomArray(random: Random, item: () => unknown, maxLength = 4): unknown[] {
  return Array.from({ length: random.int(maxLength + 1) }, item);
}

function randomMember(random: Random): unknown {
  return random.chance(0.6) ? random.pick(random.chance(0.6) ? members : words) : randomPrimitive(random);
}

function randomValue(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 1 ? 6 : 9);
  if (kind < 6) return randomPrimitive(random);
  if (kind < 8) return randomArray(random, () => randomValue(random, depth + 1));
  return { plan: randomPrimitive(random), seats: random.pick(numbers), owner: { email: random.pick(strings) } };
}

export function randomUser(random: Random): Record<string, unknown> {
  const user: Record<string, unknown> = {};
  for (const key of ['id', 'plan', 'country', 'age', 'score', 'beta', 'name', 'empty']) {
    if (random.chance(0.85)) user[key] = random.chance(0.05) ? undefined : randomValue(random);
  }
  for (const key of ['plan', 'name']) if (random.chance(0.6)) user[key] = random.pick(words);
  // Hosts may pass `undefined` inside arrays; conditions (JSON) never hold it.
  if (random.chance(0.8)) user.tags = randomArray(random, () => (random.chance(0.15) ? undefined : randomMember(random)));
  if (random.chance(0.7)) user.items = randomArray(random, () => ({ k: randomMember(random), n: random.pick(numbers) }));
  if (random.chance(0.9))
    user.account = random.chance(0.8)
      ? { plan: randomPrimitive(random), seats: random.pick(numbers), owner: { email: random.pick(strings) } }
      : // An attribute object whose keys look like operators is compared as a literal, by its JSON text.
        random.pick([{ $eq: 1, a: 1 }, randomValue(random, 2)]);
  if (random.chance(0.8)) user.version = random.pick(versions);
  return user;
}

export function randomSavedGroups(random: Random): SavedGroups {
  return { g1: randomArray(random, () => randomMember(random)), g2: [random.pick(strings), random.pick(numbers)] };
}

/** The attribute value as a condition can hold it (JSON), or undefined when it has no JSON form. */
function asJson(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : JSON.parse(text);
}

function changeCase(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value === value.toUpperCase() ? value.toLowerCase() : value.toUpperCase();
}

/** A condition value built from the user's own value at the path, so it decides the outcome more often. */
function echo(random: Random, actual: unknown): unknown {
  const copy = asJson(actual);
  if (copy === undefined) return undefined;
  const list = Array.isArray(copy) ? copy.filter((item) => item !== null) : [copy];
  switch (random.int(8)) {
    case 0:
      return copy;
    case 1:
      return { [random.pick(['$eq', '$ne', '$gte', '$lt'])]: copy };
    case 2:
      return { [random.pick(['$in', '$nin', '$ini', '$nini'])]: [randomMember(random), ...list.map(changeCase)] };
    case 3:
      return {
        [random.pick(['$all', '$alli'])]: list.slice(0, 2).map((item) => (random.chance(0.5) ? changeCase(item) : item)),
      };
    case 4:
      return { $size: Array.isArray(actual) ? actual.length : random.int(3) };
    case 5:
      return { [random.pick(versionOperators)]: random.chance(0.5) ? copy : random.pick(versions) };
    case 6:
      // Non-alphanumerics become `.` so the echoed text is a valid pattern that matches itself.
      return typeof copy === 'string'
        ? { [random.pick(['$regex', '$regexi'])]: String(changeCase(copy)).replace(/[^\p{L}\d]/gu, '.') }
        : copy;
    default:
      return { $elemMatch: { [random.pick(['$eq', '$exists', '$type', '$ne'])]: list[0] ?? false } };
  }
}

function randomArgument(random: Random, operator: string, depth: number): unknown {
  switch (operator) {
    case '$veq':
    case '$vne':
    case '$vgt':
    case '$vgte':
    case '$vlt':
    case '$vlte':
      return random.pick(versions);
    case '$exists':
      return random.pick([true, false, 0, 1]);
    case '$in':
    case '$nin':
    case '$ini':
    case '$nini':
      return random.chance(0.9) ? randomArray(random, () => randomMember(random)) : randomPrimitive(random);
    case '$all':
    case '$alli':
      return random.chance(0.9)
        ? randomArray(random, () => (random.chance(0.8) ? randomMember(random) : randomOperators(random, depth + 1)), 2)
        : randomPrimitive(random);
    case '$size':
      return random.chance(0.7) ? random.int(4) : randomOperators(random, depth + 1);
    case '$elemMatch':
      if (random.chance(0.5)) return randomOperators(random, depth + 1, elementOperators);
      if (random.chance(0.9)) return randomCondition(random, undefined, depth + 1, ['k', 'n', 'missing', '$foo']);
      return random.pick(['ab', 5]);
    case '$not':
      return randomConditionValue(random, depth + 1);
    case '$regex':
    case '$regexi':
      return random.chance(0.95) ? random.pick(regexes) : random.pick([5, false, 7.5]);
    case '$type':
      return random.pick(typeNames);
    case '$inGroup':
    case '$notInGroup':
      return random.pick(groupIds);
    default:
      return random.chance(0.9) ? randomPrimitive(random) : randomArray(random, () => randomPrimitive(random));
  }
}

function randomOperators(random: Random, depth: number, suited?: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (let i = random.chance(0.8) ? 1 : 2; i > 0; i--) {
    const operator =
      depth > 3 ? random.pick(['$eq', '$in', '$gt', '$regex', '$exists']) : random.pick(suited && random.chance(0.6) ? suited : operators);
    result[operator] = randomArgument(random, operator, depth);
  }
  return result;
}

function randomConditionValue(random: Random, depth: number, suited?: string[]): unknown {
  const kind = random.int(10);
  if (kind < 3) return random.chance(0.5) ? randomMember(random) : randomPrimitive(random);
  if (kind === 3) {
    const literals = [[], ['a'], randomArray(random, () => randomMember(random)), {}, { a: 1 }];
    // Mixed `$` and plain keys make a literal object, not operators.
    return random.pick([...literals, { $eq: 1, a: 1 }, { a: 'pro', $in: ['pro'] }]);
  }
  return randomOperators(random, depth, suited);
}

function suitedTo(key: string): string[] | undefined {
  if (key === 'tags' || key === 'items') return arrayOperators;
  if (key === 'version') return versionOperators;
  if (key === 'plan' || key === 'name') return textOperators;
}

/** A condition over `keys`; when `user` is given, about a third of the tests echo the user's own values. */
export function randomCondition(random: Random, user?: Record<string, unknown>, depth = 0, keys = paths): Condition {
  const condition: Condition = {};
  const test = () => {
    const key = random.pick(keys);
    const echoed = user && random.chance(0.35) ? echo(random, getPath(user, key)) : undefined;
    condition[key] = echoed ?? randomConditionValue(random, depth, suitedTo(key));
  };
  // Many single tests, where one operator alone decides the answer, besides nested logic where most get masked.
  if (depth === 0 && random.chance(0.5)) {
    test();
    return condition;
  }
  for (let i = random.int(2); i >= 0; i--) {
    if (depth < 3 && random.chance(0.3)) {
      const logic = random.pick(['$and', '$or', '$nor', '$not']);
      condition[logic] =
        logic === '$not'
          ? randomCondition(random, user, depth + 1, keys)
          : Array.from({ length: random.int(4) }, () => randomCondition(random, user, depth + 1, keys));
    } else test();
  }
  return condition;
}
