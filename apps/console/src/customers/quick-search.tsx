import { h } from 'preact';
import { useState } from 'preact/hooks';
import { navigate } from '../routing/location.ts';
import { searchHref } from './customer-href.ts';

/** The search box at the head of a customer's page: its text opens the customers page's results. */
export function QuickSearch() {
  const [query, setQuery] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    if (query.trim()) navigate(searchHref(query.trim()));
  };
  return (
    <search>
      <form class="search" onSubmit={submit}>
        <label for="quick-search">Find a customer</label>
        <input
          id="quick-search"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
          autoComplete="off"
          spellcheck={false}
        />
        <button type="submit" class="button">
          Search
        </button>
      </form>
    </search>
  );
}
