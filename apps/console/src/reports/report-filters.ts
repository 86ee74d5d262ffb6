import { here } from '../routing/location.ts';
import { readRange } from './date-range.tsx';

/** The traits a PM filters by most; any other trait can be typed. */
export const COMMON_TRAITS = ['plan', 'tier', 'risk', 'industry', 'company_size'];

/** The `segment=<trait>:<value>` of the page's URL (the collector's own rule), undefined when absent or not of that shape. */
function readSegment(): { trait: string; value: string } | undefined {
  const match = /^([A-Za-z0-9_]{1,64}):(.{1,200})$/s.exec(new URLSearchParams(here.value.search).get('segment') ?? '');
  return match ? { trait: match[1]!, value: match[2]! } : undefined;
}

/**
 * The page's date range and segment as the URL holds them, and as the report's query string: what a PM sees is what
 * the address bar says, so back/forward and a second tab with another cohort work.
 */
export function readFilters(defaultFrom: string) {
  const range = readRange(defaultFrom);
  const segment = readSegment();
  const query = segment ? `${range.query}&segment=${encodeURIComponent(`${segment.trait}:${segment.value}`)}` : range.query;
  return { range, segment, query };
}
