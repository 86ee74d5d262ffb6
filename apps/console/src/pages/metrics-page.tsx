import { h, type ComponentChildren, type VNode } from 'preact';
import { MetricsReportSchema, type MetricsReport, type MetricsReportInterval } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { count, percent } from '../experiments/figures.ts';
import { readFilters } from '../reports/report-filters.ts';
import { fetchReport } from '../reports/fetch-report.ts';
import { ReportPage } from '../reports/report-page.tsx';
import { ChartCanvas } from '../ui/chart-canvas.tsx';
import { Loaded } from '../ui/states.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';
import { money } from '../ui/money.ts';
import { plural } from '../ui/plural.ts';
import { ChartEmpty } from '../ui/chart-empty.tsx';
import { chartGapNotes } from '../ui/chart-gap-notes.ts';
import { dayCount, intervalLabel, type IntervalHead } from '../reports/interval-label.ts';

/** An interval's head on one line, for a chart's text. */
const headText = ({ name, note }: IntervalHead) => (note ? `${name} (${note})` : name);

/** A rate as a chart's text says it: a missing one is "no data", as the chart writes in its gap. */
const rateText = (value: number | null) => (value === null ? 'no data' : percent(value));

/** A rate as a chart draws it, in percent: null stays null, so Chart.js leaves a gap rather than a bar of 0%. */
const bar = (value: number | null) => (value === null ? null : value * 100);

/** A figure and, under it, the counts it was computed from. */
function Cell({ value, children }: { value: string; children: ComponentChildren }) {
  return (
    <td>
      {value}
      <span class="subtle">{children}</span>
    </td>
  );
}

const ROWS: [string, (row: MetricsReportInterval) => VNode][] = [
  ['New users (cohort)', (row) => <Cell value={count(row.retention.cohort)}>first seen this month</Cell>],
  ...(['d1', 'd7', 'd30'] as const).map((day): [string, (row: MetricsReportInterval) => VNode] => [
    `Retention ${day.toUpperCase()}`,
    (row) => (
      <Cell value={percent(row.retention[day].rate)}>
        {count(row.retention[day].active)} of {count(row.retention[day].measured)}
      </Cell>
    ),
  ]),
  ...(['voluntary', 'involuntary', 'total'] as const).map((cause): [string, (row: MetricsReportInterval) => VNode] => [
    `Churn, ${cause}`,
    (row) => (
      <Cell value={percent(row.churn[cause].monthlyRate)}>
        a month; {count(row.churn[cause].cancelled)} of {count(row.churn.activeAtStart)} ({percent(row.churn[cause].rate)}) in{' '}
        {dayCount(row.ltv.days)}
      </Cell>
    ),
  ]),
  [
    'ARPU',
    (row) => (
      <Cell value={money(row.arpu.value)}>
        MRR {money(row.arpu.mrr)} / {count(row.arpu.paying)} paying
      </Cell>
    ),
  ],
  [
    'LTV',
    (row) => (
      <Cell value={money(row.ltv.value)}>
        ARPU / monthly churn {percent(row.ltv.churnRate)} ({count(row.ltv.cancelled)} of {count(row.ltv.payingAtStart)} paying)
      </Cell>
    ),
  ],
  [
    'Expansion conversion',
    (row) => (
      <Cell value={percent(row.expansionConversion.rate)}>
        {count(row.expansionConversion.upgraded)} of {count(row.expansionConversion.shown)} prompted
      </Cell>
    ),
  ],
  [
    'Expansion revenue share',
    (row) => (
      <Cell value={percent(row.expansionRevenueShare.share)}>
        {money(row.expansionRevenueShare.upgradeMrr)} of {money(row.expansionRevenueShare.mrr)}
      </Cell>
    ),
  ],
  [
    'Upgrades per account-year',
    (row) => (
      <Cell value={row.upgradesPerAccountYear.value === null ? '—' : row.upgradesPerAccountYear.value.toFixed(2)}>
        {plural(row.upgradesPerAccountYear.upgrades, 'upgrade')}, {count(row.upgradesPerAccountYear.paying)} paying
      </Cell>
    ),
  ],
];

function RetentionChart({ intervals, heads }: { intervals: MetricsReportInterval[]; heads: IntervalHead[] }) {
  const days = ['d1', 'd7', 'd30'] as const;
  if (intervals.every((row) => days.every((day) => row.retention[day].rate === null)))
    return (
      <ChartEmpty>
        No retention to draw: no user first seen in these months (and in the segment) has reached day 1 yet. The table below has the counts.
      </ChartEmpty>
    );
  const label = `Retention by signup month: ${intervals
    .map((row, i) => `${headText(heads[i]!)} ${days.map((day) => `${day.toUpperCase()} ${rateText(row.retention[day].rate)}`).join(', ')}`)
    .join('; ')}. The table lists the counts.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: heads.map(({ name, note }) => (note ? [name, note] : name)),
          datasets: days.map((day, i) => ({
            label: day.toUpperCase(),
            data: intervals.map((row) => bar(row.retention[day].rate)),
            backgroundColor: colors.series[i],
            borderRadius: 3,
            // a measured 0% shows as a sliver, unlike a gap (no data)
            minBarLength: 2,
          })),
        },
        plugins: [chartGapNotes(colors.muted)],
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: colors.muted }, grid: { display: false } },
            y: {
              beginAtZero: true,
              max: 100,
              ticks: { color: colors.muted, callback: (value) => `${value}%` },
              grid: { color: colors.line },
            },
          },
          plugins: { legend: { labels: { color: colors.fg } } },
        },
      })}
    />
  );
}

function ChurnChart({ intervals, heads }: { intervals: MetricsReportInterval[]; heads: IntervalHead[] }) {
  const causes = ['voluntary', 'involuntary'] as const;
  if (intervals.every((row) => row.churn.total.rate === null))
    return (
      <ChartEmpty>
        No churn to draw: no account (in the segment) was subscribed at the start of these months. The table below has the counts.
      </ChartEmpty>
    );
  const label = `Monthly churn: ${intervals.map((row, i) => `${headText(heads[i]!)} ${causes.map((cause) => `${cause} ${rateText(row.churn[cause].monthlyRate)}`).join(', ')}`).join('; ')}.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: heads.map(({ name, note }) => (note ? [name, note] : name)),
          datasets: causes.map((cause, i) => ({
            label: cause,
            data: intervals.map((row) => bar(row.churn[cause].monthlyRate)),
            backgroundColor: colors.series[i + 2],
            stack: 'churn',
          })),
        },
        plugins: [chartGapNotes(colors.muted)],
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { stacked: true, ticks: { color: colors.muted }, grid: { display: false } },
            y: {
              stacked: true,
              beginAtZero: true,
              ticks: { color: colors.muted, callback: (value) => `${value}%` },
              grid: { color: colors.line },
            },
          },
          plugins: { legend: { labels: { color: colors.fg } } },
        },
      })}
    />
  );
}

function Report({ report }: { report: MetricsReport }) {
  const { intervals } = report;
  const heads = intervals.map((row) => intervalLabel(row, report.asOf));
  return (
    <div class="stack">
      <div class="charts">
        <figure class="panel">
          <figcaption>Retention of each month's new users</figcaption>
          <RetentionChart intervals={intervals} heads={heads} />
        </figure>
        <figure class="panel">
          <figcaption>Monthly churn (scaled to a 30.4-day month), voluntary and involuntary</figcaption>
          <ChurnChart intervals={intervals} heads={heads} />
        </figure>
      </div>
      <TableWrap label="Metrics per month">
        <table class="table table-compact numbers" id="metrics">
          <caption class="visually-hidden">Subscription metrics per month, each with the counts it comes from</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {intervals.map((row, i) => (
                <th key={row.start} scope="col">
                  {heads[i]!.name}
                  {heads[i]!.note && <span class="subtle">{heads[i]!.note}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ROWS.map(([name, cell]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {intervals.map((row) => cell(row))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <details class="hint definitions">
        <summary>How each figure is computed</summary>
        <p>Amounts are in the project's currency. Each figure shows, under it, the counts it was computed from.</p>
        <dl>
          <dt>Retention D1 / D7 / D30</dt>
          <dd>
            Of the users first seen that month, the share active (any product event) on exactly day 1, 7 or 30 after, in UTC days; only
            users whose day N has passed are counted.
          </dd>
          <dt>Churn</dt>
          <dd>
            Of the accounts subscribed at the start of the month, the share that cancelled in it, by cause: voluntary, or involuntary (a
            failed payment). The figure is that churn as the churn of an average month (30.4375 days): 1 − (1 − churn)^(30.4375 / days), so
            a partial month or a 28-day February is not read as a month. Under it, the counts and the churn over the interval's days.
          </dd>
          <dt>ARPU</dt>
          <dd>The MRR of the accounts paying at the end of the month, over how many they are.</dd>
          <dt>LTV</dt>
          <dd>
            ARPU × the average lifetime, 1 / the monthly churn of the accounts paying at the start of the month (those ARPU averages over: a
            free plan's cancellations do not count); none when none of them churned.
          </dd>
          <dt>Expansion conversion</dt>
          <dd>Of the accounts first shown a quota or upsell prompt that month, the share that upgraded after it.</dd>
          <dt>Expansion revenue share</dt>
          <dd>The MRR the month's upgrades added, over the total MRR at its end.</dd>
          <dt>Upgrades per account-year</dt>
          <dd>The month's upgrades per paying account, scaled to a year.</dd>
        </dl>
      </details>
    </div>
  );
}

const firstOfMonth = (monthsBack: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, 1)).toISOString().slice(0, 10);
};

export function MetricsPage() {
  const filters = readFilters(firstOfMonth(5));
  const [report, reload] = useResource(() => fetchReport(MetricsReportSchema, `metrics?${filters.query}&interval=month`), filters.query);
  return (
    <ReportPage
      title="Subscription metrics"
      question="Retention, churn, ARPU, LTV and expansion per month, from the billing events your servers send."
      filters={filters}
    >
      <Loaded resource={report} what="the metrics" reload={reload}>
        {(data) => <Report report={data} />}
      </Loaded>
    </ReportPage>
  );
}
