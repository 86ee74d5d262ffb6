import { type ComponentChildren, h } from 'preact';
import { PageTitle } from '../ui/page-title.tsx';
import type { readFilters } from './report-filters.ts';
import { ReportFiltersBar } from './report-filters-bar.tsx';
import { ReportNav } from './report-nav.tsx';

/** A report page's frame: the reports' tabs, its title and the question it answers, its date range and segment, then the report. */
export function ReportPage({
  title,
  question,
  filters,
  children,
}: {
  title: string;
  question: string;
  filters: ReturnType<typeof readFilters>;
  children: ComponentChildren;
}) {
  return (
    <section class="page">
      <ReportNav />
      <div class="page-head">
        <div>
          <PageTitle title={title} />
          <p class="muted">{question}</p>
        </div>
        <ReportFiltersBar filters={filters} />
      </div>
      {children}
    </section>
  );
}
