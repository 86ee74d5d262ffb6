import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evalCondition as oracleEvalCondition } from '@growthbook/growthbook';
import type { chooseVariation, evalCondition, getBucketRanges, getEqualWeights, hash, inNamespace } from '../src/index.ts';

/**
 * The real `@growthbook/growthbook` SDK as a test oracle. Its bucketing helpers are not in the package's export
 * map, so they are loaded from the published ESM build by file path.
 */
const packageJson = createRequire(import.meta.url).resolve('@growthbook/growthbook/package.json');
const util = await import(pathToFileURL(join(dirname(packageJson), 'dist/esm/util.mjs')).href);

export const oracle = {
  evalCondition: oracleEvalCondition as unknown as typeof evalCondition,
  hash: util.hash as typeof hash,
  getBucketRanges: util.getBucketRanges as typeof getBucketRanges,
  chooseVariation: util.chooseVariation as typeof chooseVariation,
  inNamespace: util.inNamespace as typeof inNamespace,
  getEqualWeights: util.getEqualWeights as typeof getEqualWeights,
};
