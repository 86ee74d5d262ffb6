import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { CampaignSchema, PublicSettingsSchema, UserPictureSchema, type EventInput } from '@growthkit/core';
import { scorecardProject, seedAcme } from './acme-account.ts';
import { abTestCampaign, makeEvent, type TestCollector } from './collector-fixture.ts';
import { adminGet, sendServerEvents } from './server-events.ts';
import { SeededRandom } from './fuzz/seeded-random.ts';

const DAY = 86_400_000;

/**
 * Eight users, risk worked out by hand from SPEC §2's signals (negative_feedback: nps ≤ 6; silent: no product event
 * for 14 days; one signal medium, two high):
 * - h1, h2, h3: nps 3, last used 20 days ago → negative_feedback + silent → high;
 * - m1, m2: nps 3, used 2 days ago → medium; a4: nps 3, last used 20 days ago signed in, but the same device used the
 *   product 1 day ago before signing in again (the user picture counts a device's anonymous events) → medium;
 * - l1, l2: nps 9, used 1 day ago → low; l2 also sends a stored trait `risk: "high"`, which a computed trait never reads.
 * Funnel trial_started → plan_chosen: everyone did trial_started 20 days ago; h1, h2, m1, m2, l1, l2 chose a plan.
 * h1 belongs to account acct-h (plan business: tier high-value, 5,000 MRR), l1 to acct-l (2,000 MRR).
 */
function seededHistory(now: number): EventInput[] {
  const ago = (days: number, hours = 0) => new Date(now - days * DAY + hours * 3_600_000).toISOString();
  const user = (userId: string) => ({ userId, anonymousId: `dev-${userId}` });
  const events: EventInput[] = [];
  const person = (userId: string, nps: number, chose: number | undefined, traits: Record<string, unknown> = {}) => {
    events.push(makeEvent({ ...user(userId), type: 'identify', name: 'identify', ts: ago(40), props: { nps, ...traits } }));
    events.push(makeEvent({ ...user(userId), name: 'trial_started', ts: ago(20) }));
    if (chose !== undefined) events.push(makeEvent({ ...user(userId), name: 'plan_chosen', ts: ago(chose, chose === 20 ? 1 : 0) }));
  };
  person('h1', 3, 20);
  person('h2', 3, 20);
  person('h3', 3, undefined);
  person('m1', 3, 2);
  person('m2', 3, 2);
  person('a4', 3, undefined);
  person('l1', 9, 1);
  person('l2', 9, 1, { risk: 'high' });
  // a4's device, signed out: no user id, so only its device ties it to a4
  events.push(makeEvent({ anonymousId: 'dev-a4', name: 'doc_opened', ts: ago(1) }));
  events.push(makeEvent({ ...user('h1'), type: 'group', name: 'group', accountId: 'acct-h', ts: ago(40), props: { plan: 'business' } }));
  events.push(makeEvent({ ...user('l1'), type: 'group', name: 'group', accountId: 'acct-l', ts: ago(40), props: { plan: 'basic' } }));
  const billing = (accountId: string, mrr: number) =>
    makeEvent({ anonymousId: 'billing', accountId, name: 'subscription_started', ts: ago(30), props: { plan: 'x', mrr } });
  events.push(billing('acct-h', 5000), billing('acct-l', 2000));
  const outcome = (userId: string, props: Record<string, string>) =>
    makeEvent({ ...user(userId), type: 'widget', name: 'gk.cancel_outcome', campaignId: 'cancel-flow', ts: ago(25), props });
  events.push(
    outcome('h1', { outcome: 'saved', reason: 'too_expensive', offer: 'discount' }),
    outcome('h2', { outcome: 'cancelled', reason: 'too_expensive', offer: 'discount' }),
    outcome('m1', { outcome: 'cancelled', reason: 'other' }),
    outcome('l1', { outcome: 'saved', reason: 'other', offer: 'help' }),
  );
  return events;
}

/**
 * `count` users v0 … with every input a computed trait reads, drawn at random: nps, plan and MRR traits, accounts with
 * a plan and a renewal date, product use spread over 60 days (advanced `report_generated`, `complaint`, template docs a
 * trigger counts apart), survey answers, seat usage, and use from a signed-out device; and one saved cancel outcome each.
 */
function variedCrowd(now: number, count: number): EventInput[] {
  // the same "random" crowd on every run
  const seeded = new SeededRandom(7);
  const random = () => seeded.next();
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const ago = (days: number) => new Date(now - days * DAY).toISOString();
  const events: EventInput[] = [];
  for (let n = 0; n < count; n++) {
    const who = { userId: `v${n}`, anonymousId: `vd${n}` };
    const traits = { nps: pick([undefined, 3, 9]), plan: pick([undefined, 'trial', 'basic', 'pro']), mrr: pick([undefined, 50, 150]) };
    events.push(makeEvent({ ...who, type: 'identify', name: 'identify', ts: ago(70), props: JSON.parse(JSON.stringify(traits)) }));
    if (random() < 0.6) {
      const account = {
        plan: pick(['basic', 'growth', 'business']),
        renews_at: ago(-Math.floor(random() * 60)),
        seats: 20,
        plan_price: 20_000,
      };
      events.push(makeEvent({ ...who, type: 'group', name: 'group', accountId: `va${n % 12}`, ts: ago(65), props: account }));
    }
    const recent = pick([0, 3, 20]);
    const uses = Math.floor(random() * 12);
    for (let k = 0; k < uses; k++) {
      const name = pick(['doc_created', 'doc_created', 'report_generated', 'invite_sent', 'complaint']);
      const props = name === 'doc_created' && random() < 0.3 ? { kind: 'template' } : {};
      events.push(makeEvent({ ...who, accountId: `va${n % 12}`, name, props, ts: ago(recent + Math.floor(random() * 30)) }));
    }
    if (random() < 0.3)
      events.push(
        makeEvent({
          ...who,
          type: 'widget',
          name: 'gk.survey_answer',
          ts: ago(Math.floor(random() * 40)),
          props: { survey: 's', score: Math.floor(random() * 11) },
        }),
      );
    if (random() < 0.3)
      events.push(makeEvent({ ...who, name: 'usage', ts: ago(2), props: { metric: 'seats', used: Math.floor(random() * 6), limit: 5 } }));
    if (random() < 0.2) events.push(makeEvent({ anonymousId: `vd${n}`, name: 'page_read', ts: ago(Math.floor(random() * 10)) }));
    events.push(
      makeEvent({ ...who, type: 'widget', name: 'gk.cancel_outcome', campaignId: 'cancel-flow', ts: ago(5), props: { outcome: 'saved' } }),
    );
  }
  return events;
}

type Funnel = { segment: { trait: string; value: string } | null; steps: { people: number; fromPrevious: number | null }[] };
type Churn = { counts: Record<string, number>; saveRate: number | null; reasons: unknown[]; offers: unknown[] };
type Metrics = { intervals: { retention: { cohort: number }; arpu: { value: number | null; mrr: number; paying: number } }[] };

/** Segments on computed traits (risk, riskSignals, tier) over real HTTP, against a collector `start` opens. */
export function describeComputedSegments(engine: string, start: () => Promise<TestCollector>) {
  describe(`segments on computed traits (${engine})`, () => {
    let collector: TestCollector;
    const from = new Date(Date.now() - 45 * DAY).toISOString();
    beforeAll(async () => {
      collector = await start();
      await sendServerEvents(collector, seededHistory(Date.now()));
    });
    afterAll(async () => {
      await collector.close();
    });

    const funnel = async (segment?: string) => {
      const query = segment ? `&segment=${encodeURIComponent(segment)}` : '';
      const { status, body } = await adminGet<Funnel>(collector, `/v1/admin/reports/event-funnel?steps=trial_started,plan_chosen${query}`);
      expect(status).toBe(200);
      return body.steps.map((step) => step.people);
    };

    test('risk:high keeps to the three users whose picture says high, the stored risk trait of another ignored', async () => {
      expect(await funnel()).toEqual([8, 6]);
      expect(await funnel('risk:high')).toEqual([3, 2]);
      expect(await funnel('risk:medium')).toEqual([3, 2]);
      expect(await funnel('risk:low')).toEqual([2, 2]);
      // each user's picture agrees with the segments, one rule for both
      for (const [userId, risk] of Object.entries({ h1: 'high', h3: 'high', a4: 'medium', m1: 'medium', l2: 'low' })) {
        const { body } = await adminGet<unknown>(collector, `/v1/admin/users/${userId}`);
        expect(UserPictureSchema.parse(body).computed.risk).toBe(risk);
      }
      const { body } = await adminGet<Funnel>(
        collector,
        '/v1/admin/reports/event-funnel?steps=trial_started,plan_chosen&segment=risk:high',
      );
      expect(body.segment).toEqual({ trait: 'risk', value: 'high' });
      expect(body.steps[1]!.fromPrevious).toBe(0.667);
    });

    test('a list trait matches a value it holds, the tier comes from the account, and no value matches nobody', async () => {
      // silent: h1, h2, h3 (a4's device used the product since)
      expect(await funnel('riskSignals:silent')).toEqual([3, 2]);
      expect(await funnel('riskSignals:negative_feedback')).toEqual([6, 4]);
      expect(await funnel('tier:high-value')).toEqual([1, 1]);
      expect(await funnel('tier:basic')).toEqual([7, 5]);
      expect(await funnel('risk:none')).toEqual([0, 0]);
    });

    test('churn of risk:high: h1 saved and h2 cancelled, both too expensive, both offered the discount', async () => {
      const { body } = await adminGet<Churn>(collector, '/v1/admin/reports/churn?segment=risk:high');
      expect(body.counts).toEqual({ saved: 1, cancelled: 1, dismissed: 0, proceed: 0 });
      expect(body.saveRate).toBe(0.5);
      expect(body.reasons).toEqual([{ reason: 'too_expensive', count: 2, share: 1 }]);
      expect(body.offers).toEqual([{ offer: 'discount', shown: 2, saved: 1, rate: 0.5 }]);
      const everyone = await adminGet<Churn>(collector, '/v1/admin/reports/churn');
      expect(everyone.body.counts).toEqual({ saved: 2, cancelled: 2, dismissed: 0, proceed: 0 });
    });

    test("metrics of risk:high: the three high users' cohort, and the account of h1 alone for revenue", async () => {
      const metrics = async (segment: string) => {
        const { status, body } = await adminGet<Metrics>(
          collector,
          `/v1/admin/reports/metrics?from=${from}${segment ? `&segment=${segment}` : ''}`,
        );
        expect(status).toBe(200);
        const last = body.intervals.at(-1)!;
        return { cohort: body.intervals.reduce((sum, interval) => sum + interval.retention.cohort, 0), arpu: last.arpu };
      };
      expect(await metrics('')).toEqual({ cohort: 8, arpu: { value: 3500, mrr: 7000, paying: 2 } });
      expect(await metrics('risk:high')).toEqual({ cohort: 3, arpu: { value: 5000, mrr: 5000, paying: 1 } });
      expect(await metrics('risk:low')).toEqual({ cohort: 2, arpu: { value: 2000, mrr: 2000, paying: 1 } });
      expect(await metrics('risk:medium')).toEqual({ cohort: 3, arpu: { value: null, mrr: 0, paying: 0 } });
    });

    test('the value scorecard counts: ada (nps 5, low value before renewal) is high risk, bob (low value alone) medium', async () => {
      await collector.store.createProjectIfAbsent(scorecardProject);
      await sendServerEvents(collector, seedAcme(), 'sk_scorecard');
      const scorecard = async (segment: string) => {
        const res = await fetch(
          `${collector.url}/v1/admin/reports/event-funnel?steps=doc_created,report_generated&segment=${encodeURIComponent(segment)}`,
          { headers: { authorization: 'Bearer sk_scorecard' } },
        );
        return ((await res.json()) as Funnel).steps.map((step) => step.people);
      };
      expect(await scorecard('risk:high')).toEqual([1, 1]);
      expect(await scorecard('risk:medium')).toEqual([1, 0]);
      expect(await scorecard('riskSignals:low_value')).toEqual([2, 1]);
    });

    test('on a varied crowd every segment of risk, signal and tier holds exactly the users whose picture says so', async () => {
      const project = {
        id: 'mixed',
        publishableKey: 'pk_mixed',
        secretKey: 'sk_mixed',
        allowedOrigins: [],
        settings: PublicSettingsSchema.parse({
          advancedEvents: ['report_generated'],
          value: { keyFeatures: ['report_generated', 'invite_sent'], workEvents: ['doc_created'], workPerPrice: 1, lowScore: 60 },
        }),
      };
      await collector.store.createProjectIfAbsent(project);
      // an event trigger with props: its counter (doc_created?kind=template) is a product name of its own
      await collector.store.putCampaign(
        project.id,
        CampaignSchema.parse({
          ...abTestCampaign('templates', 'templates-test'),
          trigger: { type: 'event', event: 'doc_created', props: { kind: 'template' } },
        }),
      );
      const events = variedCrowd(Date.now(), 90);
      await sendServerEvents(collector, events, 'sk_mixed');
      const get = async (path: string) =>
        (await fetch(`${collector.url}${path}`, { headers: { authorization: 'Bearer sk_mixed' } })).json() as Promise<unknown>;
      const expected = new Map<string, number>();
      const tally = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
      for (let n = 0; n < 90; n++) {
        const { computed } = UserPictureSchema.parse(await get(`/v1/admin/users/v${n}`));
        tally(`risk:${computed.risk}`);
        tally(`tier:${computed.tier}`);
        for (const signal of computed.riskSignals) tally(`riskSignals:${signal}`);
      }
      // the crowd is varied enough to tell a wrong rule from a right one
      expect([...expected.keys()].filter((key) => key.startsWith('risk:')).length).toBe(3);
      expect([...expected.keys()].filter((key) => key.startsWith('riskSignals:')).length).toBe(5);
      for (const segment of [
        ...['risk:low', 'risk:medium', 'risk:high', 'tier:trial', 'tier:basic', 'tier:growth', 'tier:high-value'],
        ...[
          'riskSignals:usage_drop',
          'riskSignals:narrowed_use',
          'riskSignals:negative_feedback',
          'riskSignals:silent',
          'riskSignals:low_value',
        ],
      ]) {
        // every user sent one saved outcome, so the saved count is the segment's size
        const churn = (await get(`/v1/admin/reports/churn?segment=${encodeURIComponent(segment)}`)) as Churn;
        expect({ segment, users: churn.counts.saved }).toEqual({ segment, users: expected.get(segment) ?? 0 });
      }
    }, 30_000);

    /**
     * 3,000 users of the project `crowd`, sent once for the tests that need them: n % 3 = 0 a silent detractor (risk
     * high), 1 an active detractor (medium), 2 an active promoter (low).
     */
    let crowd: Promise<void> | undefined;
    const seedCrowd = async () => {
      await collector.store.createProjectIfAbsent({ ...scorecardProject, id: 'crowd', publishableKey: 'pk_crowd', secretKey: 'sk_crowd' });
      const now = Date.now();
      const events: EventInput[] = [];
      for (let n = 0; n < 3000; n++) {
        const who = { userId: `crowd-${n}`, anonymousId: `crowd-dev-${n}` };
        events.push(
          makeEvent({
            ...who,
            type: 'identify',
            name: 'identify',
            ts: new Date(now - 40 * DAY).toISOString(),
            props: { nps: n % 3 === 2 ? 9 : 2 },
          }),
        );
        events.push(makeEvent({ ...who, name: 'signed_in', ts: new Date(now - (n % 3 === 0 ? 20 : 1) * DAY).toISOString() }));
        events.push(makeEvent({ ...who, name: 'doc_created', ts: new Date(now - (n % 3 === 0 ? 19 : 1) * DAY).toISOString() }));
      }
      await sendServerEvents(collector, events, 'sk_crowd');
    };

    test('3,000 users at once: risk:high finds exactly the 1,000 silent detractors', async () => {
      crowd ??= seedCrowd();
      await crowd;
      const sources = vi.spyOn(collector.store, 'computedTraitSources');
      const res = await fetch(`${collector.url}/v1/admin/reports/event-funnel?steps=signed_in,doc_created&segment=risk:high`, {
        headers: { authorization: 'Bearer sk_crowd' },
      });
      expect(((await res.json()) as Funnel).steps.map((step) => step.people)).toEqual([1000, 1000]);
      // one pass over the project's histories, not a query per user (its time is a benchmark's to measure, not a test's)
      expect(sources).toHaveBeenCalledTimes(1);
      sources.mockRestore();
    }, 30_000);

    test('while a report replays 3,000 users, /healthz is answered before it is done, and batches of events are taken meanwhile', async () => {
      crowd ??= seedCrowd();
      await crowd;
      const order: string[] = [];
      const others: Promise<unknown>[] = [];
      const { store } = collector;
      const readSources = store.computedTraitSources.bind(store);
      const countFunnel = store.funnelTally.bind(store);
      const visit = () =>
        others.push(
          fetch(`${collector.url}/healthz`).then((res) => {
            order.push('healthz');
            return res.status;
          }),
          fetch(`${collector.url}/v1/events`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: 'Bearer sk_demo' },
            body: JSON.stringify({ events: [makeEvent({ userId: 'during-report' }), makeEvent({ userId: 'during-report' })] }),
          }).then(async (res) => {
            order.push('events');
            return ((await res.json()) as { accepted: number }).accepted;
          }),
        );
      // a health check and a batch set out as the report starts reading its users' histories, two more as it starts
      // replaying them; the replay is over when the report counts its funnel
      const sources = vi.spyOn(store, 'computedTraitSources').mockImplementation(async (...args) => {
        visit();
        const read = await readSources(...args);
        visit();
        return read;
      });
      const funnelTally = vi.spyOn(store, 'funnelTally').mockImplementation((...args) => {
        order.push('replayed');
        return countFunnel(...args);
      });
      try {
        const res = await fetch(`${collector.url}/v1/admin/reports/event-funnel?steps=signed_in,doc_created&segment=risk:high`, {
          headers: { authorization: 'Bearer sk_crowd' },
        });
        expect(((await res.json()) as Funnel).steps.map((step) => step.people)).toEqual([1000, 1000]);
        expect(await Promise.all(others)).toEqual([200, 2, 200, 2]);
        // A replay that held the event loop would answer the health check sent as it starts only after it: 'replayed'
        // first. A batch needs a database round trip too (a commit on PostgreSQL), which on a loaded machine may outlast
        // the replay, so only the first batch, sent while the histories were read, must be in before it.
        const beforeReplayed = order.slice(0, order.indexOf('replayed'));
        expect(beforeReplayed.filter((answered) => answered === 'healthz')).toHaveLength(2);
        expect(beforeReplayed).toContain('events');
      } finally {
        sources.mockRestore();
        funnelTally.mockRestore();
      }
    }, 30_000);
  });
}
