import { h } from 'preact';
import type { UserPicture } from '@growthkit/core';
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

function Picture({ user }: { user: UserPicture }) {
  const { computed, value } = user;
  const { id, ...accountTraits } = user.account;
  const accountId = typeof id === 'string' ? id : undefined;
  return (
    <div class="stack">
      <div class="figures">
        <div class={`figure risk-${computed.risk}`}>
          <span class="figure-label">Risk</span>
          <strong class="figure-value figure-word">{computed.risk}</strong>
          <span class="subtle">
            {computed.riskSignals.length === 0 ? 'No risk signal of 5' : `${computed.riskSignals.length} of 5 signals`}
          </span>
        </div>
        <div class="figure">
          <span class="figure-label">Value score</span>
          <strong class="figure-value">{valueScoreText(computed.value_score)}</strong>
          <span class="subtle">{value ? 'of the account, every seat' : 'not measured'}</span>
        </div>
        <div class="figure">
          <span class="figure-label">Tier</span>
          <strong class="figure-value figure-word">{computed.tier}</strong>
          <span class="subtle">{accountId ? `account ${accountId}` : 'no account'}</span>
        </div>
        <div class="figure">
          <span class="figure-label">Renewal</span>
          <strong class="figure-value">{computed.days_to_renewal === undefined ? '—' : `${count(computed.days_to_renewal)} days`}</strong>
          <span class="subtle">
            {renewalInWords(computed.days_to_renewal)}
            {computed.days_since_signup !== undefined && ` · customer for ${count(computed.days_since_signup)} days`}
          </span>
        </div>
      </div>
      <div class="cards">
        <PictureCard title="Risk signals">
          {computed.riskSignals.length === 0 ? (
            <p class="muted">None of the five signals fires: usage is steady, feedback is not negative and value is fine.</p>
          ) : (
            <ul class="signals">
              {computed.riskSignals.map((signal) => (
                <li key={signal}>
                  {RISK_IN_WORDS[signal].name}: {RISK_IN_WORDS[signal].meaning}
                </li>
              ))}
            </ul>
          )}
        </PictureCard>
        <PictureCard title="Value score and its parts">
          <ValueParts
            value={value}
            none="No scorecard: the user belongs to no account, or the project names no key features or work events."
          />
        </PictureCard>
        <PictureCard title="Traits">
          <TraitPairs entries={Object.entries(user.traits)} empty="No traits: the app has not identified this user with any." />
        </PictureCard>
        <PictureCard title={accountId ? `Account ${accountId}` : 'Account'}>
          <TraitPairs entries={Object.entries(accountTraits)} empty="No account traits (no group call for this user)." />
          {accountId && (
            <p>
              <Link href={customerHref('account', accountId)}>Open account {accountId}</Link>: its seats, each one's risk, its renewal.
            </p>
          )}
        </PictureCard>
        <PictureCard title="Experiments">
          <TraitPairs
            entries={Object.entries(user.experiments).map(([key, assignment]) => [
              key,
              `${assignment.variant} since ${assignment.at.slice(0, 10)}`,
            ])}
            empty="In no experiment."
          />
        </PictureCard>
        <PictureCard title="Widgets">
          <TraitPairs
            entries={Object.entries(user.widgets.campaigns).map(([id, state]) => [
              id,
              [
                plural(state.impressions, 'impression'),
                state.completedAt && `completed ${state.completedAt.slice(0, 10)}`,
                state.dismissedAt && `dismissed ${state.dismissedAt.slice(0, 10)}`,
                Object.keys(state.steps).length > 0 && `${plural(Object.keys(state.steps).length, 'step')} done`,
              ]
                .filter(Boolean)
                .join(', '),
            ])}
            empty="No widget has been shown to this user yet."
          />
        </PictureCard>
      </div>
      <PictureCard title="Counters">
        {Object.keys(user.counters).length === 0 ? (
          <p class="muted">No counted events.</p>
        ) : (
          <TableWrap label="Events counted for this user" flat>
            <table class="table table-compact numbers">
              <caption class="visually-hidden">Events counted for this user</caption>
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Last 7 days</th>
                  <th scope="col">Last 30 days</th>
                  <th scope="col">Total</th>
                  <th scope="col">Last</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(user.counters).map(([name, counter]) => (
                  <tr key={name}>
                    <th scope="row" class="mono">
                      {name}
                    </th>
                    <td>{count(counter.last7)}</td>
                    <td>{count(counter.last30)}</td>
                    <td>{count(counter.total)}</td>
                    <td>{counter.last ? <RelativeTime iso={counter.last} /> : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </PictureCard>
      <PictureCard title={`Last events (${count(user.lastEvents.length)} of ${count(user.eventCount)})`}>
        <ol class="events">
          {user.lastEvents.map((event) => (
            <li key={event.id}>
              <span class="mono">{event.name}</span>
              <span class="subtle">
                {event.ts.slice(0, 19).replace('T', ' ')} UTC · {event.type}
              </span>
            </li>
          ))}
        </ol>
      </PictureCard>
    </div>
  );
}

export function CustomerPage({ userId }: { userId: string }) {
  const [user, reload] = useResource(() => adminApi<UserPicture>(`users/${encodeURIComponent(userId)}`), userId);
  return (
    <section class="page">
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <Link href={`${BASE}/customers`}>Customers</Link>
        <span aria-hidden="true">/</span>
        <span class="mono">{userId}</span>
      </nav>
      <div class="page-head">
        <div>
          <PageTitle title={`Customer ${userId}`} />
          {user.state === 'ready' && (
            <p class="muted">
              As of {user.data.at.slice(0, 16).replace('T', ' ')} UTC, from {count(user.data.eventCount)} stored events.
            </p>
          )}
        </div>
        <QuickSearch key={userId} />
      </div>
      <Loaded
        resource={user}
        what="the customer"
        notFound={{ title: 'No such customer', hint: 'Check the id: it is the one your app passes to identify.' }}
        reload={reload}
      >
        {(data) => <Picture user={data} />}
      </Loaded>
    </section>
  );
}
