/** core's PROPS_LIMIT: importing it would bring core's event schema, and zod, into the first script */
const PROPS_LIMIT = 16_384;

/**
 * A call's arguments as JSON gives them, or undefined when one cannot be: a BigInt, a cycle, a throwing getter or
 * Proxy, an object over the collector's props limit. Objects are read once, here, at the call: what the outbox stores
 * and sends later always serialises, and the host changing an object afterwards changes no event. Dates become
 * strings, NaN and Infinity null, functions and symbols are left out, as in any JSON.
 */
export function jsonArguments(args: unknown[]): unknown[] | undefined {
  try {
    return args.map((value) => {
      if (typeof value !== 'object' || value === null) return value;
      const json = JSON.stringify(value);
      if (json.length > PROPS_LIMIT) throw new RangeError();
      return JSON.parse(json);
    });
  } catch {
    return undefined;
  }
}
