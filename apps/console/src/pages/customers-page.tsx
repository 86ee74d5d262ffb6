import { h } from 'preact';
import { CustomerFinder } from '../customers/customer-finder.tsx';
import { here } from '../routing/location.ts';
import { PageTitle } from '../ui/page-title.tsx';

/** Find a user or an account; each one's picture is a page of its own, so it can be shared. */
export function CustomersPage() {
  const initial = new URLSearchParams(here.peek().search).get('query') ?? '';
  return (
    <section class="page">
      <div class="page-head">
        <div>
          <PageTitle title="Customers" />
          <p class="muted">One customer's whole picture before a call: who they are, how they use the product, their risk and value.</p>
        </div>
      </div>
      <CustomerFinder initial={initial} />
    </section>
  );
}
