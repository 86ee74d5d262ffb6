import { h } from 'preact';
import { isComputedSegmentTrait } from '@growthkit/core';
import { DateRange } from './date-range.tsx';
import type { readFilters } from './report-filters.ts';
import { SegmentFilter } from './segment-filter.tsx';

/** Whom a segment keeps, in words; a computed trait's value is the one it has now. */
function whose({ trait, value }: { trait: string; value: string }): string {
  return `Users whose ${trait} is ${value}${isComputedSegmentTrait(trait) ? ' now' : ''}`;
}

/**
 * A report's date range and segment, and in words whom the figures are of. Each form is keyed on what the URL says, so
 * back/forward puts the fields back as they were.
 */
export function ReportFiltersBar({ filters }: { filters: ReturnType<typeof readFilters> }) {
  const { range, segment } = filters;
  return (
    <div class="stack">
      <DateRange key={`${range.from}/${range.to}`} from={range.from} to={range.to} />
      <SegmentFilter key={segment ? `${segment.trait}:${segment.value}` : ''} segment={segment} />
      <p class="hint" aria-live="polite">
        {/* the collector counts days in UTC: a reader east or west of it would otherwise take them for their own */}
        {segment ? whose(segment) : 'Everyone'}, {range.from} to {range.to}, days in UTC.
      </p>
    </div>
  );
}
