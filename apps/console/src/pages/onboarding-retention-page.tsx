import { h } from 'preact';
import { OnboardingRetentionReportSchema, type OnboardingRetentionReport, type Retention } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { count, percent } from '../experiments/figures.ts';
import { CampaignChoice } from '../reports/campaign-choice.tsx';
import { daysAgo } from '../reports/date-range.tsx';
import { fetchReport } from '../reports/fetch-report.ts';
import { readFilters } from '../reports/report-filters.ts';
import { ReportPage } from '../reports/report-page.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';
import { ChartCanvas } from '../ui/chart-canvas.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';
import { ChartEmpty } from '../ui/chart-empty.tsx';

const DAYS = [
  ['d1', 'Day 1'],
  ['d7', 'Day 7'],
  ['d30', 'Day 30'],
] as const;

const GROUPS = [
  ['finished', 'Finished the checklist'],
  // every other new user of the range, shown the checklist or not: the label must not read as "started it, then stopped"
  ['notFinished', 'Everyone else (did not finish)'],
] as const;

function RetentionChart({ report }: { report: OnboardingRetentionReport }) {
  const words = (group: Retention) => DAYS.map(([day, name]) => `${name} ${percent(group[day].rate)}`).join(', ');
  if (GROUPS.every(([group]) => DAYS.every(([day]) => report[group][day].rate === null)))
    return (
      <ChartEmpty>
        No retention to draw yet: day 1 has not passed for any of these users. Move the range back, or come back tomorrow.
      </ChartEmpty>
    );
  const label = `Retention of users who finished ${report.campaign}: ${words(report.finished)}; of those who did not: ${words(report.notFinished)}.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: DAYS.map(([, name]) => name),
          datasets: GROUPS.map(([group, name], k) => ({
            label: name,
            data: DAYS.map(([day]) => report[group][day].rate ?? 0),
            backgroundColor: colors.series[k],
            borderRadius: 4,
          })),
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: colors.fg }, grid: { display: false } },
            y: {
              beginAtZero: true,
              max: 1,
              ticks: { color: colors.muted, callback: (value) => percent(Number(value), 0) },
              grid: { color: colors.line },
            },
          },
          plugins: { legend: { labels: { color: colors.fg } } },
        },
      })}
    />
  );
}

function Split({ campaignId, query }: { campaignId: string; query: string }) {
  const path = `onboarding-retention?campaign=${encodeURIComponent(campaignId)}&${query}`;
  const [report, reload] = useResource(() => fetchReport(OnboardingRetentionReportSchema, path), path);
  if (report.state === 'loading') return <Loading what="onboarding retention" />;
  if (report.state === 'error') return <Failure message={report.message} retry={reload} />;
  const data = report.data;
  if (data.finished.cohort + data.notFinished.cohort === 0)
    return (
      <Empty title="No new users in the range">
        <p>Retention is of the users whose first event falls in the range: widen it, or the segment.</p>
      </Empty>
    );
  return (
    <div class="stack">
      <figure class="panel">
        <figcaption>Users active again on day 1, 7 and 30</figcaption>
        <RetentionChart report={data} />
      </figure>
      <section class="panel" aria-label="Retention">
        <h2 class="panel-title">Retention by whether they finished</h2>
        <TableWrap label="Retention per group" bare>
          <table class="table table-compact numbers" id="retention">
            <caption class="visually-hidden">Each group's new users and the share of them active on day 1, 7 and 30</caption>
            <thead>
              <tr>
                <th scope="col">Group</th>
                <th scope="col">New users</th>
                {DAYS.map(([day, name]) => (
                  <th key={day} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {GROUPS.map(([group, name]) => (
                <tr key={group}>
                  <th scope="row">{name}</th>
                  <td>{count(data[group].cohort)}</td>
                  {DAYS.map(([day]) => (
                    <td key={day}>
                      {percent(data[group][day].rate)}
                      <span class="hint">
                        {' '}
                        {count(data[group][day].active)} of {count(data[group][day].measured)}
                      </span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        <p class="hint">
          Day N counts only the users whose day N has ended; finished means a completed checklist before{' '}
          {new Date(data.asOf).toISOString().slice(0, 16).replace('T', ' ')} UTC. Everyone else is every other user first seen in the range,
          whether the checklist was shown to them or not.
        </p>
      </section>
    </div>
  );
}

export function OnboardingRetentionPage() {
  const filters = readFilters(daysAgo(89));
  return (
    <ReportPage
      title="Onboarding retention"
      question="Do the users who finish onboarding come back more? D1, D7 and D30 of finishers against the rest."
      filters={filters}
    >
      <CampaignChoice
        fits={(record) => record.campaign.widget.type === 'checklist'}
        none="Create a checklist campaign first: retention is split by whether users finished it."
      >
        {(campaignId) => <Split key={campaignId} campaignId={campaignId} query={filters.query} />}
      </CampaignChoice>
    </ReportPage>
  );
}
