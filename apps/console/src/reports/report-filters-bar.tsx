import { h } from 'preact';
import { DateRange } from './date-range.tsx';
import type { readFilters } from './report-filters.ts';
import { SegmentFilter } from './segment-filter.tsx';

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
        {segment ? `Users whose ${segment.trait} is ${segment.value}` : 'Everyone'}, {range.from} to {range.to}.
      </p>
    </div>
  );
}
