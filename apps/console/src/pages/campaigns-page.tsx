import { h } from 'preact';
import { adminApi } from '../api/admin-api.ts';
import type { CampaignRecord } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { describeAudience } from '../campaigns/describe-audience.ts';
import { BASE } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';
import { PageTitle } from '../ui/page-title.tsx';
import { RelativeTime } from '../ui/relative-time.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';
import { StatusBadge } from '../ui/status-badge.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';

const ORDER = { live: 0, draft: 1, paused: 2, archived: 3 };

function CampaignRow({ record }: { record: CampaignRecord }) {
  const { campaign } = record;
  const href = `${BASE}/campaigns/${encodeURIComponent(campaign.id)}`;
  return (
    <tr>
      <th scope="row" class="campaign-name">
        <Link href={href} class="row-link">
          {campaign.name ?? campaign.id}
        </Link>
        <span class="mono subtle">{campaign.id}</span>
      </th>
      <td>
        <StatusBadge status={record.status} />
      </td>
      <td>
        <span class="chip">{campaign.widget.type}</span>
      </td>
      <td class="audience">{describeAudience(campaign.audience)}</td>
      <td>{campaign.experiment ? <span class="mono">{campaign.experiment.key}</span> : <span class="subtle">None</span>}</td>
      <td>
        <RelativeTime iso={record.updatedAt} />
        <span class="subtle">{record.author ? `v${record.version} by ${record.author}` : 'not changed here yet'}</span>
      </td>
    </tr>
  );
}

export function CampaignsPage() {
  const [campaigns, reload] = useResource(() => adminApi<{ campaigns: CampaignRecord[] }>('campaigns'), 'campaigns');
  return (
    <section class="page">
      <div class="page-head">
        <div>
          <PageTitle title="Campaigns" />
          <p class="muted">What each widget shows, to whom, and where. A saved change reaches browsers on their next config fetch.</p>
        </div>
        <Link href={`${BASE}/campaigns/new`} class="button button-primary">
          New campaign
        </Link>
      </div>
      {campaigns.state === 'loading' && <Loading what="campaigns" />}
      {campaigns.state === 'error' && <Failure message={campaigns.message} retry={reload} />}
      {campaigns.state === 'ready' && campaigns.data.campaigns.length === 0 && (
        <Empty title="No campaigns yet">
          <p>A campaign puts a widget in front of an audience. Create the first one to start.</p>
          <Link href={`${BASE}/campaigns/new`} class="button button-primary">
            Create a campaign
          </Link>
        </Empty>
      )}
      {campaigns.state === 'ready' && campaigns.data.campaigns.length > 0 && (
        <TableWrap label="Campaigns">
          <table class="table">
            <caption class="visually-hidden">Campaigns of this project</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Status</th>
                <th scope="col">Widget</th>
                <th scope="col">Audience</th>
                <th scope="col">Experiment</th>
                <th scope="col">Last change</th>
              </tr>
            </thead>
            <tbody>
              {[...campaigns.data.campaigns]
                .sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.updatedAt.localeCompare(a.updatedAt))
                .map((record) => (
                  <CampaignRow key={record.campaign.id} record={record} />
                ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
