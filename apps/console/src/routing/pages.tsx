import { h, type VNode } from 'preact';
import { AccountPage } from '../pages/account-page.tsx';
import { CampaignEditorPage, EDITOR_TABS } from '../pages/campaign-editor-page.tsx';
import { CampaignsPage } from '../pages/campaigns-page.tsx';
import { CustomerPage } from '../pages/customer-page.tsx';
import { CustomersPage } from '../pages/customers-page.tsx';
import { ChurnPage } from '../pages/churn-page.tsx';
import { ChecklistFunnelPage } from '../pages/checklist-funnel-page.tsx';
import { EventFunnelPage } from '../pages/event-funnel-page.tsx';
import { FunnelPage } from '../pages/funnel-page.tsx';
import { MetricsPage } from '../pages/metrics-page.tsx';
import { OnboardingRetentionPage } from '../pages/onboarding-retention-page.tsx';
import { ExperimentPage } from '../pages/experiment-page.tsx';
import { ExperimentsPage } from '../pages/experiments-page.tsx';
import { Redirect } from './redirect.tsx';
import { BASE } from './location.ts';

/** One page of the console: the URL shape it answers (below /console) and what it shows. */
interface ConsolePage {
  pattern: string;
  render(params: Record<string, string>): VNode | undefined;
}

const tab = (params: Record<string, string>) =>
  params.tab === undefined || EDITOR_TABS.includes(params.tab) ? (params.tab ?? 'form') : undefined;

/**
 * Every page, first match wins; a page that renders nothing for its params is a 404. A new section (experiments,
 * reports, customers) adds its pages here and its entry to NAV.
 */
export const PAGES: ConsolePage[] = [
  { pattern: '/', render: () => <Redirect to={`${BASE}/campaigns`} /> },
  { pattern: '/campaigns', render: () => <CampaignsPage /> },
  {
    pattern: '/campaigns/new/:tab?',
    render: (params) => {
      const shown = tab(params);
      return shown ? <CampaignEditorPage key="new" tab={shown} /> : undefined;
    },
  },
  {
    pattern: '/campaigns/:id/:tab?',
    render: (params) => {
      const shown = tab(params);
      return shown ? <CampaignEditorPage key={params.id} id={params.id} tab={shown} /> : undefined;
    },
  },
  { pattern: '/experiments', render: () => <ExperimentsPage /> },
  { pattern: '/reports', render: () => <Redirect to={`${BASE}/reports/metrics`} /> },
  { pattern: '/reports/metrics', render: () => <MetricsPage /> },
  { pattern: '/reports/churn', render: () => <ChurnPage /> },
  { pattern: '/reports/funnel', render: () => <FunnelPage /> },
  { pattern: '/reports/event-funnel', render: () => <EventFunnelPage /> },
  { pattern: '/reports/checklist', render: () => <ChecklistFunnelPage /> },
  { pattern: '/reports/onboarding', render: () => <OnboardingRetentionPage /> },
  { pattern: '/customers', render: () => <CustomersPage /> },
  { pattern: '/customers/accounts/:accountId', render: (params) => <AccountPage key={params.accountId} accountId={params.accountId!} /> },
  { pattern: '/customers/:userId', render: (params) => <CustomerPage key={params.userId} userId={params.userId!} /> },
  { pattern: '/experiments/:key', render: (params) => <ExperimentPage key={params.key} experimentKey={params.key!} /> },
];

/** The header's sections. */
export const NAV = [
  { href: `${BASE}/campaigns`, label: 'Campaigns' },
  { href: `${BASE}/experiments`, label: 'Experiments' },
  // every report (metrics, churn, funnels, checklist steps, onboarding retention) is under Reports, linked by ReportNav
  { href: `${BASE}/reports`, label: 'Reports' },
  { href: `${BASE}/customers`, label: 'Customers' },
];
