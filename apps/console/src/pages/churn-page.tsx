import { h } from 'preact';
import { ChurnReportSchema, type ChurnReport } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { count, percent } from '../experiments/figures.ts';
import { daysAgo } from '../reports/date-range.tsx';
import { fetchReport } from '../reports/fetch-report.ts';
import { readFilters } from '../reports/report-filters.ts';
import { ReportPage } from '../reports/report-page.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';
import { ChartCanvas } from '../ui/chart-canvas.tsx';
import { chartLabelLines } from '../ui/chart-label-lines.ts';
import { Empty, Loaded } from '../ui/states.tsx';

const reasonName = (reason: string | null) => (reason === null ? 'No reason given' : reason.replaceAll('_', ' '));

function ReasonsChart({ reasons }: { reasons: ChurnReport['reasons'] }) {
  const label = `Churn reasons by share of decided cancel flows: ${reasons.map((row) => `${reasonName(row.reason)} ${percent(row.share)}`).join('; ')}.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: reasons.map((row) => chartLabelLines(reasonName(row.reason))),
          datasets: [
            { label: 'Share', data: reasons.map((row) => (row.share ?? 0) * 100), backgroundColor: colors.series[0], borderRadius: 4 },
          ],
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: {
              beginAtZero: true,
              max: 100,
              ticks: { color: colors.muted, callback: (value) => `${value}%` },
              grid: { color: colors.line },
            },
            // every reason named: its lines take more room than Chart.js's skipping of crowded labels allows for
            y: { ticks: { color: colors.fg, autoSkip: false }, grid: { display: false } },
          },
          plugins: { legend: { display: false } },
        },
      })}
    />
  );
}

function Report({ report }: { report: ChurnReport }) {
  const { counts } = report;
  const decided = counts.saved + counts.cancelled;
  if (decided + counts.dismissed + counts.proceed === 0)
    return (
      <Empty title="No cancel flows in this range">
        <p>Figures appear once customers open the cancel flow. Widen the range, or check the cancel-flow campaign is live.</p>
      </Empty>
    );
  return (
    <div class="stack">
      <div class="figures">
        <div class="figure">
          <span class="figure-label">Save rate</span>
          <strong class="figure-value">{percent(report.saveRate)}</strong>
          <span class="subtle">
            {count(counts.saved)} saved of {count(decided)} who decided
          </span>
        </div>
        <div class="figure">
          <span class="figure-label">Cancelled</span>
          <strong class="figure-value">{count(counts.cancelled)}</strong>
          <span class="subtle">confirmed in the flow</span>
        </div>
        <div class="figure">
          <span class="figure-label">Closed without deciding</span>
          <strong class="figure-value">{count(counts.dismissed)}</strong>
          <span class="subtle">not in the save rate</span>
        </div>
        <div class="figure">
          <span class="figure-label">Cancelled outside the flow</span>
          <strong class="figure-value">{count(counts.proceed)}</strong>
          <span class="subtle">the flow could not run</span>
        </div>
      </div>
      <div class="charts">
        <figure class="panel">
          <figcaption>Why they leave (share of those who decided)</figcaption>
          <ReasonsChart reasons={report.reasons} />
        </figure>
        <section class="panel" aria-label="Reasons">
          <h2 class="panel-title">Reasons</h2>
          <TableWrap label="Reasons and their counts" bare>
            <table class="table table-compact numbers">
              <caption class="visually-hidden">Churn reasons with their counts</caption>
              <thead>
                <tr>
                  <th scope="col">Reason</th>
                  <th scope="col">Count</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {report.reasons.map((row) => (
                  <tr key={row.reason ?? ''}>
                    <th scope="row">{reasonName(row.reason)}</th>
                    <td>{count(row.count)}</td>
                    <td>{percent(row.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </section>
      </div>
      <section class="panel" aria-label="Save offers">
        <h2 class="panel-title">Save offers</h2>
        {report.offers.length === 0 ? (
          <p class="muted">No offer was shown in this range.</p>
        ) : (
          <TableWrap label="Save offers and their rates" bare>
            <table class="table table-compact numbers">
              <caption class="visually-hidden">Each save offer: how often it was shown and how often it saved the customer</caption>
              <thead>
                <tr>
                  <th scope="col">Offer</th>
                  <th scope="col">Shown</th>
                  <th scope="col">Saved</th>
                  <th scope="col">Save rate</th>
                </tr>
              </thead>
              <tbody>
                {report.offers.map((row) => (
                  <tr key={row.offer}>
                    <th scope="row">{row.offer.replaceAll('_', ' ')}</th>
                    <td>{count(row.shown)}</td>
                    <td>{count(row.saved)}</td>
                    <td>{percent(row.rate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </div>
  );
}

export function ChurnPage() {
  const filters = readFilters(daysAgo(89));
  const [report, reload] = useResource(() => fetchReport(ChurnReportSchema, `churn?${filters.query}`), filters.query);
  return (
    <ReportPage
      title="Churn reasons"
      question="From the cancel flow: why customers leave, and which save offers keep them."
      filters={filters}
    >
      <Loaded resource={report} what="the churn report" reload={reload}>
        {(data) => <Report report={data} />}
      </Loaded>
    </ReportPage>
  );
}
