import { h } from 'preact';
import { EventFunnelReportSchema, EventNamesSchema } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';
import { useResource } from '../api/use-resource.ts';
import { daysAgo } from '../reports/date-range.tsx';
import { EventStepsForm, MAX_STEPS, MIN_STEPS } from '../reports/event-steps-form.tsx';
import { fetchReport } from '../reports/fetch-report.ts';
import { FunnelFigures } from '../reports/funnel-figures.tsx';
import { readFilters } from '../reports/report-filters.ts';
import { ReportPage } from '../reports/report-page.tsx';
import { here } from '../routing/location.ts';
import { Empty, Failure, Loading } from '../ui/states.tsx';

const DEFAULT_WITHIN = '30';
/** how many names are offered at each step: the most recently seen, as the collector lists them */
const NAME_LIMIT = 200;

/** The project's host event names, the most recently seen first (`GET /v1/admin/event-names`); none while loading or on a failure. */
function useEventNames(): string[] {
  const [names] = useResource(
    async () => EventNamesSchema.parse(await adminApi<unknown>(`event-names?limit=${NAME_LIMIT}`)),
    'event-names',
  );
  return names.state === 'ready' ? names.data.names.map((row) => row.name) : [];
}

function EventFunnel({ steps, within, query }: { steps: string[]; within: string; query: string }) {
  const path = `event-funnel?steps=${encodeURIComponent(steps.join(','))}&within=${encodeURIComponent(within)}&${query}`;
  const [funnel, reload] = useResource(() => fetchReport(EventFunnelReportSchema, path), path);
  if (funnel.state === 'loading') return <Loading what="the funnel" />;
  if (funnel.state === 'error') return <Failure message={funnel.message} retry={reload} />;
  if (funnel.data.steps[0]?.people === 0)
    return (
      <Empty title={`Nobody did ${steps[0]} in the range`}>
        <p>Widen the date range or the segment, or check the first step's event name as your product sends it.</p>
      </Empty>
    );
  return <FunnelFigures title={`Funnel of ${steps.join(' → ')}`} steps={funnel.data.steps} showEvent={false} />;
}

export function EventFunnelPage() {
  const filters = readFilters(daysAgo(29));
  const params = new URLSearchParams(here.value.search);
  const steps = (params.get('steps') ?? '').split(',').filter((step) => step !== '');
  const within = params.get('within') ?? DEFAULT_WITHIN;
  const names = useEventNames();
  const ready = steps.length >= MIN_STEPS && steps.length <= MAX_STEPS;
  return (
    <ReportPage
      title="Event funnel"
      question={"Pick your product's events in order: how many people went on to each, and how long it took them."}
      filters={filters}
    >
      <div class="stack">
        <EventStepsForm key={`${steps.join(',')}/${within}`} steps={steps} within={within} names={names} />
        {ready ? (
          <EventFunnel steps={steps} within={within} query={filters.query} />
        ) : (
          <Empty title="Pick the steps of your funnel">
            <p>
              Name {MIN_STEPS} to {MAX_STEPS} events in the order people do them, e.g. upgrade_page_viewed, plan_chosen, paid, then Show
              funnel.
            </p>
          </Empty>
        )}
      </div>
    </ReportPage>
  );
}
