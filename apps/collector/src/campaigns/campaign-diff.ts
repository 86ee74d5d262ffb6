import type { CampaignDiffEntry } from '@growthkit/core';

const isContainer = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * What changed from `before` to `after`, leaf by leaf: objects and arrays are walked key by key (an array by index),
 * anything else that differs is one change. A key on one side only is a change with that side alone.
 */
export function campaignDiff(before: unknown, after: unknown, path = ''): CampaignDiffEntry[] {
  if (isContainer(before) && isContainer(after) && Array.isArray(before) === Array.isArray(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      const at = path === '' ? key : `${path}.${key}`;
      if (!(key in after)) return [{ path: at, before: before[key] }];
      if (!(key in before)) return [{ path: at, after: after[key] }];
      return campaignDiff(before[key], after[key], at);
    });
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before, after }];
}
