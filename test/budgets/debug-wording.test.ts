import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

// Checked on the output of `pnpm build`: the first script is built with __GROWTHKIT_DEBUG__ false, so core's decide
// attaches no words and the minifier drops describeReason; the debug panel's chunk, built with it true, keeps them.
const read = (file: string) => readFileSync(new URL(`../../dist/sdk/${file}`, import.meta.url), 'utf8');

/** phrases of describeReason and describeConditionFailure, one per kind of reason */
const WORDING = [
  'interruptive prompts',
  'does not match',
  'within quiet hours',
  'none of $or matches',
  '(maxImpressions)',
  'eligible, priority',
];

test('the first script carries no reason wording', () => {
  const firstScript = read('growthkit.js');
  for (const phrase of WORDING) expect({ phrase, found: firstScript.includes(phrase) }).toEqual({ phrase, found: false });
});

test('the debug panel chunk says every reason in words', () => {
  const panel = read('widgets/debug-panel.js');
  for (const phrase of WORDING) expect({ phrase, found: panel.includes(phrase) }).toEqual({ phrase, found: true });
});
