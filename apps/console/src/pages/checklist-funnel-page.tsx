import { h } from 'preact';
import { ChecklistFunnelReportSchema, type ChecklistFunnelReport } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { count, percent } from '../experiments/figures.ts';
import { CampaignChoice } from '../reports/campaign-choice.tsx';
import { daysAgo } from '../reports/date-range.tsx';
import { fetchReport } from '../reports/fetch-report.ts';
import { PeopleBars } from '../reports/people-bars.tsx';
import { readFilters } from '../reports/report-filters.ts';
import { ReportPage } from '../reports/report-page.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';

function StepsChart({ report }: { report: ChecklistFunnelReport }) {
  const label = `People who completed each step of ${report.campaign}, of ${count(report.shown)} shown: ${report.steps
    .map((row) => `${row.step} ${count(row.completed)}`)
    .join(', ')}.`;
  const bars = [
    { name: 'shown', people: report.shown },
    ...report.steps.map((row) => ({ name: row.step, people: row.completed })),
    { name: 'all done', people: report.completed.people },
  ];
  return <PeopleBars label={label} bars={bars} />;
}

/** The step that loses the largest share of the people who reached the step before: where users stall. */
function stall(report: ChecklistFunnelReport) {
  const losing = report.steps.filter((row) => row.fromPrevious !== null && row.fromPrevious < 1);
  return losing.reduce<(typeof losing)[number] | undefined>(
    (worst, row) => (!worst || row.fromPrevious! < worst.fromPrevious! ? row : worst),
    undefined,
  );
}

function Steps({ campaignId, query }: { campaignId: string; query: string }) {
  const path = `checklist-funnel?campaign=${encodeURIComponent(campaignId)}&${query}`;
  const [report, reload] = useResource(() => fetchReport(ChecklistFunnelReportSchema, path), path);
  if (report.state === 'loading') return <Loading what="the checklist steps" />;
  if (report.state === 'error') return <Failure message={report.message} retry={reload} />;
  const { shown, steps, completed } = report.data;
  if (shown === 0 && steps.every((row) => row.completed === 0))
    return (
      <Empty title="Nobody was shown this checklist in the range">
        <p>Widen the date range or the segment, or check the checklist is live and its audience matches someone.</p>
      </Empty>
    );
  const worst = stall(report.data);
  return (
    <div class="stack">
      {worst && (
        <p class="verdict">
          Most people stall before <strong>{worst.step}</strong>: {percent(worst.fromPrevious)} of those who got to it completed it.
        </p>
      )}
      <figure class="panel">
        <figcaption>People at each step</figcaption>
        <StepsChart report={report.data} />
      </figure>
      <section class="panel" aria-label="Checklist steps">
        <h2 class="panel-title">Steps</h2>
        <TableWrap label="Completions per step" bare>
          <table class="table table-compact numbers" id="checklist">
            <caption class="visually-hidden">People who completed each step, of those shown and of the step before</caption>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">People</th>
                <th scope="col">Of those shown</th>
                <th scope="col">From the step before</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Shown the checklist</th>
                <td>{count(shown)}</td>
                <td>—</td>
                <td>—</td>
              </tr>
              {steps.map((row) => (
                <tr key={row.step}>
                  <th scope="row">{row.step}</th>
                  <td>{count(row.completed)}</td>
                  <td>{percent(row.fromShown)}</td>
                  <td>{percent(row.fromPrevious)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Completed the checklist</th>
                <td>{count(completed.people)}</td>
                <td>{percent(completed.fromShown)}</td>
                <td>—</td>
              </tr>
            </tbody>
          </table>
        </TableWrap>
        <p class="hint">Steps are counted apart: someone may complete a later step without an earlier one, so a step can pass 100%.</p>
      </section>
    </div>
  );
}

export function ChecklistFunnelPage() {
  const filters = readFilters(daysAgo(29));
  return (
    <ReportPage
      title="Checklist steps"
      question="Of the people shown a checklist, how many completed each step: where users stall."
      filters={filters}
    >
      <CampaignChoice
        fits={(record) => record.campaign.widget.type === 'checklist'}
        none="Create a checklist campaign first; its steps fill as people complete them."
      >
        {(campaignId) => <Steps key={campaignId} campaignId={campaignId} query={filters.query} />}
      </CampaignChoice>
    </ReportPage>
  );
}
