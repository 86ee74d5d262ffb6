import { h } from 'preact';
import { BASE, here } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';

/** The reports, each a page of its own. */
const REPORTS = [
  { href: `${BASE}/reports/metrics`, label: 'Metrics' },
  { href: `${BASE}/reports/churn`, label: 'Churn' },
  { href: `${BASE}/reports/funnel`, label: 'Campaign funnel' },
  { href: `${BASE}/reports/event-funnel`, label: 'Event funnel' },
  { href: `${BASE}/reports/checklist`, label: 'Checklist steps' },
  { href: `${BASE}/reports/onboarding`, label: 'Onboarding retention' },
];

/** The links between the reports, above each report page. */
export function ReportNav() {
  const { pathname } = here.value;
  return (
    <nav class="tabs" aria-label="Reports">
      {REPORTS.map((report) => (
        <Link key={report.href} href={report.href} class="tab" aria-current={pathname === report.href ? 'page' : undefined}>
          {report.label}
        </Link>
      ))}
    </nav>
  );
}
