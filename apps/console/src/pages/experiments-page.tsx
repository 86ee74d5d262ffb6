import { h } from 'preact';
import type { CampaignRecord } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';
import { useResource } from '../api/use-resource.ts';
import { BASE } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';
import { PageTitle } from '../ui/page-title.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';

/** Every experiment of the project: the campaigns that run one, live ones first. */
export function ExperimentsPage() {
  const [campaigns, reload] = useResource(() => adminApi<{ campaigns: CampaignRecord[] }>('campaigns'), 'campaigns');
  const running = campaigns.state === 'ready' ? campaigns.data.campaigns.filter((record) => record.campaign.experiment) : [];
  return (
    <section class="page">
      <div class="page-head">
        <div>
          <PageTitle title="Experiments" />
          <p class="muted">Each campaign's A/B test: who saw which variant, who reached the goal, and whether the difference is real.</p>
        </div>
      </div>
      {campaigns.state === 'loading' && <Loading what="experiments" />}
      {campaigns.state === 'error' && <Failure message={campaigns.message} retry={reload} />}
      {campaigns.state === 'ready' && running.length === 0 && (
        <Empty title="No experiments yet">
          <p>An experiment belongs to a campaign: open a campaign's JSON and add an "experiment" with its variants and goal.</p>
          <Link href={`${BASE}/campaigns`} class="button">
            Go to campaigns
          </Link>
        </Empty>
      )}
      {running.length > 0 && (
        <TableWrap label="Experiments">
          <table class="table">
            <caption class="visually-hidden">Experiments of this project</caption>
            <thead>
              <tr>
                <th scope="col">Experiment</th>
                <th scope="col">Campaign</th>
                <th scope="col">Status</th>
                <th scope="col">Variants</th>
                <th scope="col">Goal</th>
              </tr>
            </thead>
            <tbody>
              {running
                .sort((a, b) => Number(b.status === 'live') - Number(a.status === 'live'))
                .map(({ campaign, status }) => {
                  const experiment = campaign.experiment!;
                  return (
                    <tr key={experiment.key}>
                      <th scope="row">
                        <Link href={`${BASE}/experiments/${encodeURIComponent(experiment.key)}`} class="row-link">
                          {experiment.key}
                        </Link>
                      </th>
                      <td class="campaign-name">
                        {campaign.name ?? campaign.id}
                        <span class="mono subtle">{campaign.widget.type}</span>
                      </td>
                      <td>
                        <StatusBadge status={status} />
                      </td>
                      <td>
                        {[
                          ...experiment.variants.map((variant) => variant.key),
                          ...(experiment.holdout ? [`${experiment.holdout.key} (holdout, sees nothing)`] : []),
                        ].join(', ')}
                      </td>
                      <td>
                        <span class="mono">{experiment.goal.event}</span>
                        <span class="subtle">within {experiment.goal.windowDays} days of first exposure</span>
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
