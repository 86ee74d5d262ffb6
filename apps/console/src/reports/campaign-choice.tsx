import { h, type ComponentChildren } from 'preact';
import type { CampaignRecord } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';
import { useResource } from '../api/use-resource.ts';
import { here, navigate } from '../routing/location.ts';
import { Empty, Failure, Loading } from '../ui/states.tsx';

interface CampaignChoiceProps {
  /** which campaigns the report is of (all but archived ones, or checklists only) */
  fits: (record: CampaignRecord) => boolean;
  /** what to create when none fits */
  none: string;
  children: (campaignId: string) => ComponentChildren;
}

/** The campaign a report is of, chosen from the project's campaigns and kept in the URL (`campaignId=`). */
export function CampaignChoice({ fits, none, children }: CampaignChoiceProps) {
  const [campaigns, reload] = useResource(() => adminApi<{ campaigns: CampaignRecord[] }>('campaigns'), 'campaigns');
  if (campaigns.state === 'loading') return <Loading what="campaigns" />;
  if (campaigns.state === 'error') return <Failure message={campaigns.message} retry={reload} />;
  const list = campaigns.data.campaigns.filter((record) => record.status !== 'archived' && fits(record));
  if (list.length === 0)
    return (
      <Empty title="No campaign for this report yet">
        <p>{none}</p>
      </Empty>
    );
  const params = new URLSearchParams(here.value.search);
  const asked = params.get('campaignId');
  const campaignId = list.some((record) => record.campaign.id === asked) ? asked! : list[0]!.campaign.id;
  const choose = (id: string) => {
    params.set('campaignId', id);
    navigate(`${here.value.pathname}?${params}`);
  };
  return (
    <div class="stack">
      <div class="field pick">
        <label for="report-campaign">Campaign</label>
        <select id="report-campaign" value={campaignId} onChange={(event) => choose(event.currentTarget.value)}>
          {list.map(({ campaign }) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name ?? campaign.id}
            </option>
          ))}
        </select>
      </div>
      {children(campaignId)}
    </div>
  );
}
