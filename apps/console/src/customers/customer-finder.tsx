import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CustomerMatch, CustomerSearch } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';
import { count } from '../experiments/figures.ts';
import { Link } from '../routing/link.tsx';
import { navigate } from '../routing/location.ts';
import { Failure } from '../ui/states.tsx';
import { customerHref, searchHref } from './customer-href.ts';
import { TableWrap } from '../ui/table-wrap.tsx';

/** how long typing pauses before the search runs, so each key press is not a request */
const PAUSE_MS = 200;
const PAGE = 20;

const searchFor = (query: string, after?: string) =>
  adminApi<CustomerSearch>(`customers?${new URLSearchParams({ query, limit: String(PAGE), ...(after && { after }) })}`);

/** The match Enter opens: the user whose id is the text exactly, else the account, else the first match. */
const bestMatch = (results: CustomerMatch[], query: string) =>
  results.find((match) => match.id === query && match.kind === 'user') ?? results.find((match) => match.id === query) ?? results[0];

type Found =
  | { state: 'loading' }
  | { state: 'ready'; query: string; results: CustomerMatch[]; next: string | null }
  | { state: 'error'; message: string };

/** What the search found, in words, for everyone (a live region): how many, or what to try instead. */
function foundInWords(found: Found): string {
  if (found.state === 'loading') return 'Searching…';
  if (found.state === 'error') return '';
  if (found.results.length === 0) return `No user or account matches “${found.query}”. Try part of a name or email, or the start of an id.`;
  const shown = `${count(found.results.length)}${found.next ? '+' : ''}`;
  if (!found.query) return `${shown} customers, in id order`;
  return `${shown} matching “${found.query}”`;
}

/**
 * Finds users and accounts as the text is typed (GET /v1/admin/customers): by id prefix, name, email or company. The
 * text is kept in the page's URL; Enter opens the best match; ↓ and ↑ move through the results, each a link, and Escape
 * returns to the box.
 */
export function CustomerFinder({ initial }: { initial: string }) {
  const [query, setQuery] = useState(initial);
  const [found, setFound] = useState<Found>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const box = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLTableSectionElement>(null);
  const text = query.trim();
  const fail = (error: Error) => setFound({ state: 'error', message: error.message });
  const listed = found.state === 'ready' && found.results.length > 0;

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searchFor(text).then(
        (answer) => current && setFound({ state: 'ready', query: answer.query, results: answer.results, next: answer.next }),
        (error: Error) => current && fail(error),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, round]);

  const type = (value: string) => {
    setQuery(value);
    navigate(searchHref(value.trim()), { replace: true });
  };

  const open = async (event: Event) => {
    event.preventDefault();
    try {
      // Enter may come before the pause is over: then the text is searched now
      const results = found.state === 'ready' && found.query === text ? found.results : (await searchFor(text)).results;
      const match = bestMatch(results, text);
      if (match) navigate(customerHref(match.kind, match.id));
    } catch (error) {
      fail(error as Error);
    }
  };

  const more = async () => {
    if (found.state !== 'ready' || !found.next) return;
    try {
      const answer = await searchFor(found.query, found.next);
      setFound({ ...found, results: [...found.results, ...answer.results], next: answer.next });
    } catch (error) {
      fail(error as Error);
    }
  };

  const links = () => [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.match') ?? [])];
  const moveFromBox = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    links()[0]?.focus();
  };
  const moveInList = (event: KeyboardEvent) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) box.current?.focus();
    else if (event.key === 'ArrowUp') all[at - 1]?.focus();
    else if (event.key === 'ArrowDown') all[at + 1]?.focus();
    else return;
    event.preventDefault();
  };

  return (
    <div class="stack">
      <search>
        <form class="search" onSubmit={open}>
          <label for="customer-query">Name, email, company or id</label>
          <input
            id="customer-query"
            ref={box}
            value={query}
            onInput={(event) => type(event.currentTarget.value)}
            onKeyDown={moveFromBox}
            aria-describedby="customer-query-hint"
            aria-controls={listed ? 'customer-matches' : undefined}
            autoComplete="off"
            spellcheck={false}
          />
          <button type="submit" class="button button-primary">
            Open best match
          </button>
        </form>
        <p class="hint" id="customer-query-hint">
          Users and accounts whose id starts with the text, or whose name, email or company contains it. ↓ moves to the results.
        </p>
      </search>
      {found.state === 'error' && <Failure message={found.message} retry={() => setRound((n) => n + 1)} />}
      <p role="status" class="muted">
        {foundInWords(found)}
      </p>
      {listed && found.state === 'ready' && (
        <TableWrap label="Users and accounts found">
          <table class="table" id="customer-matches">
            <caption class="visually-hidden">Users and accounts found</caption>
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Company</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody ref={list} onKeyDown={moveInList}>
              {found.results.map((match) => (
                <tr key={`${match.kind}:${match.id}`}>
                  <th scope="row">
                    <span class="chip">{match.kind}</span>{' '}
                    <Link href={customerHref(match.kind, match.id)} class="row-link match mono">
                      {match.id}
                    </Link>
                  </th>
                  <td>{match.name ?? '—'}</td>
                  <td>{match.email ?? '—'}</td>
                  <td>{match.company ?? '—'}</td>
                  <td>
                    {match.accountId ? (
                      <Link href={customerHref('account', match.accountId)} class="row-link mono">
                        {match.accountId}
                      </Link>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {found.state === 'ready' && found.next && (
        <button type="button" class="button" onClick={more}>
          Show more
        </button>
      )}
    </div>
  );
}
