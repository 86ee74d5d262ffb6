import { h } from 'preact';
import type { CampaignRecord } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';
import { useResource } from '../api/use-resource.ts';
import { count, percent } from '../experiments/figures.ts';
import { DateRange, daysAgo, readRange } from '../reports/date-range.tsx';
import type { FunnelAnswer } from '../reports/report-answers.ts';
import { here, navigate } from '../routing/location.ts';
import { ChartCanvas } from '../ui/chart-canvas.tsx';
import { PageTitle } from '../ui/page-title.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';

function FunnelChart({ funnel }: { funnel: FunnelAnswer }) {
  const label = `Funnel of ${funnel.campaign}: ${funnel.steps.map((row) => `${row.step} ${count(row.people)} people`).join(', ')}.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: funnel.steps.map((row) => row.step),
          datasets: [{ label: 'People', data: funnel.steps.map((row) => row.people), backgroundColor: colors.series[0], borderRadius: 4 }],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: colors.fg }, grid: { display: false } },
            y: { beginAtZero: true, ticks: { color: colors.muted, precision: 0 }, grid: { color: colors.line } },
          },
          plugins: { legend: { display: false } },
        },
      })}
    />
  );
}

function Funnel({ campaignId, query }: { campaignId: string; query: string }) {
  const [funnel, reload] = useResource(
    () => adminApi<FunnelAnswer>(`reports/campaign-funnel?campaign=${encodeURIComponent(campaignId)}&${query}`),
    `${campaignId}?${query}`,
  );
  if (funnel.state === 'loading') return <Loading what="the funnel" />;
  if (funnel.state === 'error') return <Failure message={funnel.message} retry={reload} />;
  const { steps } = funnel.data;
  if (steps.every((row) => row.people === 0))
    return (
      <Empty title="Nobody reached this campaign in the range">
        <p>Widen the date range, or check the campaign is live and its audience matches someone.</p>
      </Empty>
    );
  return (
    <div class="charts">
      <figure class="panel">
        <figcaption>People at each step</figcaption>
        <FunnelChart funnel={funnel.data} />
      </figure>
      <section class="panel" aria-label="Steps">
        <h2 class="panel-title">Steps</h2>
        <table class="table table-compact numbers" id="funnel">
          <caption class="visually-hidden">People at each step and the conversion from the step before</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Event</th>
              <th scope="col">People</th>
              <th scope="col">From the step before</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((row) => (
              <tr key={row.step}>
                <th scope="row">{row.step}</th>
                <td class="mono">{row.event}</td>
                <td>{count(row.people)}</td>
                <td>{percent(row.fromPrevious)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {funnel.data.goal === null && <p class="hint">This campaign has no experiment goal, so the funnel ends at the click.</p>}
      </section>
    </div>
  );
}

export function FunnelPage() {
  const range = readRange(daysAgo(29));
  const params = new URLSearchParams(here.value.search);
  const [campaigns, reload] = useResource(() => adminApi<{ campaigns: CampaignRecord[] }>('campaigns'), 'campaigns');
  const list = campaigns.state === 'ready' ? campaigns.data.campaigns.filter((record) => record.status !== 'archived') : [];
  const campaignId = params.get('campaignId') ?? list[0]?.campaign.id;
  const choose = (id: string) => {
    params.set('campaignId', id);
    navigate(`${here.value.pathname}?${params}`, { replace: true });
  };
  return (
    <section class="page">
      <div class="page-head">
        <div>
          <PageTitle title="Campaign funnel" />
          <p class="muted">How many people each campaign reached: exposed, shown, clicked, and reached the goal.</p>
        </div>
        <DateRange key={`${range.from}/${range.to}`} from={range.from} to={range.to} />
      </div>
      {campaigns.state === 'loading' && <Loading what="campaigns" />}
      {campaigns.state === 'error' && <Failure message={campaigns.message} retry={reload} />}
      {campaigns.state === 'ready' && list.length === 0 && (
        <Empty title="No campaigns yet">
          <p>Create a campaign first; its funnel fills as people see it.</p>
        </Empty>
      )}
      {campaignId && (
        <div class="stack">
          <div class="field pick">
            <label for="funnel-campaign">Campaign</label>
            <select id="funnel-campaign" value={campaignId} onChange={(event) => choose(event.currentTarget.value)}>
              {list.map(({ campaign }) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name ?? campaign.id}
                </option>
              ))}
            </select>
          </div>
          <Funnel key={campaignId} campaignId={campaignId} query={range.query} />
        </div>
      )}
    </section>
  );
}
