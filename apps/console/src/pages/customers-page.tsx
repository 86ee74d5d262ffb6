import { h } from 'preact';
import { useState } from 'preact/hooks';
import { BASE, navigate } from '../routing/location.ts';
import { PageTitle } from '../ui/page-title.tsx';

/** Find a customer by user id; their picture is a page of its own (customers/<id>), so it can be shared. */
export function CustomerSearch({ initial = '' }: { initial?: string }) {
  const [userId, setUserId] = useState(initial);
  const submit = (event: Event) => {
    event.preventDefault();
    if (userId.trim()) navigate(`${BASE}/customers/${encodeURIComponent(userId.trim())}`);
  };
  return (
    <search>
      <form class="search" onSubmit={submit}>
        <label for="customer-id">User id</label>
        <input
          id="customer-id"
          value={userId}
          onInput={(event) => setUserId(event.currentTarget.value)}
          autoComplete="off"
          spellcheck={false}
        />
        <button type="submit" class="button button-primary">
          Show customer
        </button>
      </form>
    </search>
  );
}

export function CustomersPage() {
  return (
    <section class="page">
      <div class="page-head">
        <div>
          <PageTitle title="Customers" />
          <p class="muted">One customer's whole picture before a call: who they are, how they use the product, their risk and value.</p>
        </div>
      </div>
      <CustomerSearch />
      <p class="hint">The user id is the one your app passes to identify (for example ada@acme.test or a database id).</p>
    </section>
  );
}
