import { h } from 'preact';
import { CampaignFunnelReportSchema } from '@growthkit/core';
import { useResource } from '../api/use-resource.ts';
import { daysAgo } from '../reports/date-range.tsx';
import { CampaignChoice } from '../reports/campaign-choice.tsx';
import { fetchReport } from '../reports/fetch-report.ts';
import { FunnelFigures } from '../reports/funnel-figures.tsx';
import { readFilters } from '../reports/report-filters.ts';
import { ReportPage } from '../reports/report-page.tsx';
import { Empty, Failure, Loading } from '../ui/states.tsx';

function Funnel({ campaignId, query }: { campaignId: string; query: string }) {
  const [funnel, reload] = useResource(
    () => fetchReport(CampaignFunnelReportSchema, `campaign-funnel?campaign=${encodeURIComponent(campaignId)}&${query}`),
    `${campaignId}?${query}`,
  );
  if (funnel.state === 'loading') return <Loading what="the funnel" />;
  if (funnel.state === 'error') return <Failure message={funnel.message} retry={reload} />;
  const { steps, goal } = funnel.data;
  if (steps.every((row) => row.people === 0))
    return (
      <Empty title="Nobody reached this campaign in the range">
        <p>Widen the date range or the segment, or check the campaign is live and its audience matches someone.</p>
      </Empty>
    );
  return (
    <div class="stack">
      <FunnelFigures title={`Funnel of ${campaignId}`} steps={steps} showEvent />
      {goal === null && <p class="hint">This campaign has no experiment goal, so the funnel ends at the click.</p>}
    </div>
  );
}

export function FunnelPage() {
  const filters = readFilters(daysAgo(29));
  return (
    <ReportPage
      title="Campaign funnel"
      question="How many people each campaign reached: exposed, shown, clicked, and reached the goal."
      filters={filters}
    >
      <CampaignChoice fits={() => true} none="Create a campaign first; its funnel fills as people see it.">
        {(campaignId) => <Funnel key={campaignId} campaignId={campaignId} query={filters.query} />}
      </CampaignChoice>
    </ReportPage>
  );
}
