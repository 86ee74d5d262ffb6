import { h } from 'preact';
import { BASE, here } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';
import { PageTitle } from '../ui/page-title.tsx';

export function NotFoundPage() {
  return (
    <section class="page narrow">
      <PageTitle title="Page not found" />
      <p class="lead">
        There is no console page at <code>{here.value.pathname}</code>. The link may be old, or the address mistyped.
      </p>
      <Link href={`${BASE}/campaigns`} class="button button-primary">
        Go to campaigns
      </Link>
    </section>
  );
}
