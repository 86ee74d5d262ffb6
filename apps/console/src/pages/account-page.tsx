import { h } from 'preact';
import type { AccountPicture, AccountUser } from '@growthkit/core';
import { adminApi } from '../api/admin-api.ts';
import { useResource } from '../api/use-resource.ts';
import { customerHref } from '../customers/customer-href.ts';
import { PictureCard } from '../customers/picture-card.tsx';
import { QuickSearch } from '../customers/quick-search.tsx';
import { renewalInWords } from '../customers/renewal-in-words.ts';
import { RISK_IN_WORDS } from '../customers/risk-in-words.ts';
import { TraitPairs } from '../customers/trait-pairs.tsx';
import { ValueParts } from '../customers/value-parts.tsx';
import { valueScoreText } from '../customers/value-score-figure.ts';
import { count } from '../experiments/figures.ts';
import { BASE } from '../routing/location.ts';
import { Link } from '../routing/link.tsx';
import { PageTitle } from '../ui/page-title.tsx';
import { RelativeTime } from '../ui/relative-time.tsx';
import { Loaded } from '../ui/states.tsx';
import { TableWrap } from '../ui/table-wrap.tsx';
import { plural } from '../ui/plural.ts';

const dateOnly = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

/** The worst risk among the account's users leads the figure: a renewal call starts with whoever is about to leave. */
function riskSummary({ risk }: AccountPicture) {
  if (risk.high > 0) return { level: 'high', words: `${plural(risk.high, 'user')} at high risk` };
  if (risk.medium > 0) return { level: 'medium', words: `${plural(risk.medium, 'user')} at medium risk` };
  return { level: 'low', words: 'No user at risk' };
}

const words = (...parts: unknown[]) => parts.filter((part): part is string => typeof part === 'string' && part !== '');
/** who a user is: `name`, else `first_name` and `last_name` (hosts like the demo identify with those), and the email */
const userName = ({ traits }: AccountUser) =>
  [traits.name ?? (words(traits.first_name, traits.last_name).join(' ') || undefined), traits.email]
    .filter((part) => typeof part === 'string')
    .join(' · ');

function Users({ account }: { account: AccountPicture }) {
  if (account.users.length === 0) return <p class="muted">No user of this account has sent an event yet.</p>;
  return (
    <TableWrap label="The account's users" flat>
      <table class="table table-compact">
        <caption class="visually-hidden">The account's users, riskiest first</caption>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Name</th>
            <th scope="col">Risk</th>
            <th scope="col">Signals</th>
            <th scope="col">Last seen</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {account.users.map((user) => (
            <tr key={user.userId}>
              <th scope="row">
                <Link href={customerHref('user', user.userId)} class="row-link mono">
                  {user.userId}
                </Link>
              </th>
              <td>{userName(user) || '—'}</td>
              <td>{user.computed.risk}</td>
              <td>
                {user.computed.riskSignals.length === 0
                  ? 'none'
                  : user.computed.riskSignals.map((signal) => RISK_IN_WORDS[signal].name).join(', ')}
              </td>
              <td>
                <RelativeTime iso={user.lastSeen} />
              </td>
              <td class="numbers">{count(user.eventCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function Picture({ account }: { account: AccountPicture }) {
  const { renewal, seats, value } = account;
  const risk = riskSummary(account);
  return (
    <div class="stack">
      <div class="figures">
        <div class="figure">
          <span class="figure-label">Value score</span>
          <strong class="figure-value">{valueScoreText(value?.value_score)}</strong>
          <span class="subtle">{value ? 'every seat, last 30 days' : 'not measured'}</span>
        </div>
        <div class="figure">
          <span class="figure-label">Renewal</span>
          <strong class="figure-value">{renewal.daysToRenewal === null ? '—' : `${count(renewal.daysToRenewal)} days`}</strong>
          <span class="subtle">
            {renewalInWords(renewal.daysToRenewal)}
            {renewal.renewsAt && ` · ${dateOnly.format(Date.parse(renewal.renewsAt))}`}
          </span>
        </div>
        <div class="figure">
          <span class="figure-label">Seats</span>
          <strong class="figure-value">
            {count(seats.users)}
            {seats.paid !== null && ` / ${count(seats.paid)}`}
          </strong>
          <span class="subtle">{seats.paid === null ? 'users seen; no seats trait' : 'users seen of seats paid for'}</span>
        </div>
        <div class={`figure risk-${risk.level}`}>
          <span class="figure-label">Risk</span>
          <strong class="figure-value figure-word">{risk.level}</strong>
          <span class="subtle">{risk.words}</span>
        </div>
        <div class="figure">
          <span class="figure-label">Tier</span>
          <strong class="figure-value figure-word">{account.tier}</strong>
          <span class="subtle">{typeof account.traits.plan === 'string' ? `plan ${account.traits.plan}` : 'no plan trait'}</span>
        </div>
      </div>
      <div class="cards">
        <PictureCard title="Value score and its parts">
          <ValueParts
            value={value}
            none="No scorecard: the project names no key features or work events, or the account no seats or price."
          />
        </PictureCard>
        <PictureCard title="Account traits">
          <TraitPairs entries={Object.entries(account.traits)} empty="No traits: no group call has set any for this account." />
        </PictureCard>
      </div>
      <PictureCard title={`Users (${count(account.users.length)})`}>
        <Users account={account} />
      </PictureCard>
    </div>
  );
}

/** One account's picture before a renewal call: value, renewal, seats, risk and every user's risk, each user a link. */
export function AccountPage({ accountId }: { accountId: string }) {
  const [account, reload] = useResource(() => adminApi<AccountPicture>(`accounts/${encodeURIComponent(accountId)}`), accountId);
  const name = account.state === 'ready' && typeof account.data.traits.name === 'string' ? account.data.traits.name : undefined;
  return (
    <section class="page">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <Link href={`${BASE}/customers`}>Customers</Link>
        <span aria-hidden="true">/</span>
        <span class="mono">account {accountId}</span>
      </nav>
      <div class="page-head">
        <div>
          <PageTitle title={`Account ${accountId}`} />
          {account.state === 'ready' && (
            <p class="muted">
              {name && `${name} · `}As of {account.data.at.slice(0, 16).replace('T', ' ')} UTC.
            </p>
          )}
        </div>
        <QuickSearch key={accountId} />
      </div>
      <Loaded
        resource={account}
        what="the account"
        notFound={{ title: 'No such account', hint: 'Check the id: it is the one your app passes to group.' }}
        reload={reload}
      >
        {(data) => <Picture account={data} />}
      </Loaded>
    </section>
  );
}
