const MINUTE = 60_000;
const DAY = 86_400_000;

async function send(collectorUrl: string, path: string, method: string, body: object) {
  const response = await fetch(`${collectorUrl}${path}`, {
    method,
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

/** Eight users five days ago: each is shown the onboarding checklist and the storage-quota prompt (in the demo experiment), and goes some way down both funnels. */
function funnelEvents(now: number) {
  return Array.from({ length: 8 }, (_, i) => {
    const person = { userId: `sample-${i}`, anonymousId: `device-of-sample-${i}`, accountId: i < 4 ? 'acme' : 'globex' };
    const at = (minutes: number) => new Date(now - 5 * DAY + minutes * MINUTE).toISOString();
    const event = (name: string, minutes: number, extra: object = {}) => ({
      ...person,
      id: crypto.randomUUID(),
      type: 'track',
      name,
      ts: at(minutes),
      ...extra,
    });
    const widget = (campaignId: string, name: string, minutes: number, props: object = {}) =>
      event(name, minutes, { type: 'widget', campaignId, props });
    const quota = (name: string, minutes: number) =>
      event(name, minutes, {
        type: 'widget',
        campaignId: 'storage-quota',
        experiment: 'demo-upgrade-copy',
        variant: i % 2 ? 'value' : 'control',
      });
    return [
      event('identify', 0, { type: 'identify', props: { name: `Sample User ${i}`, email: `sample-${i}@acme.test`, plan: 'basic' } }),
      widget('onboarding', 'gk.exposure', 1),
      widget('onboarding', 'gk.shown', 2),
      ...(i < 5 ? [widget('onboarding', 'gk.step_completed', 10, { step: 'create_doc' })] : []),
      ...(i < 2 ? [widget('onboarding', 'gk.step_completed', 20, { step: 'invite_teammate' })] : []),
      quota('gk.exposure', 30),
      ...(i < 6 ? [quota('gk.shown', 31)] : []),
      ...(i < 3 ? [quota('gk.click', 32)] : []),
      ...(i < 2 ? [event('plan_upgraded', 40)] : []),
      event('doc_created', 60),
      ...(i < 4 ? [event('doc_created', DAY / MINUTE + 60)] : []),
    ];
  }).flat();
}

/** Cancel flows ten days ago and a month of billing, so churn and metrics have figures. */
function churnAndBilling(now: number) {
  const at = (days: number) => new Date(now - days * DAY).toISOString();
  const flow = (props: Record<string, string>) => ({
    id: crypto.randomUUID(),
    type: 'widget',
    name: 'gk.cancel_outcome',
    userId: 'leaver',
    anonymousId: 'device-of-leaver',
    campaignId: 'cancel-flow',
    ts: at(10),
    props,
  });
  const bill = (accountId: string, name: string, days: number, props: object, type = 'track') => ({
    id: crypto.randomUUID(),
    type,
    name,
    anonymousId: accountId,
    accountId,
    ts: at(days),
    props,
  });
  return [
    flow({ outcome: 'saved', reason: 'too_expensive', offer: 'discount' }),
    flow({ outcome: 'cancelled', reason: 'missing_feature' }),
    flow({ outcome: 'cancelled', reason: 'too_expensive', offer: 'discount' }),
    bill('acme', 'subscription_started', 70, { plan: 'basic', mrr: 2000 }),
    bill('globex', 'subscription_started', 70, { plan: 'basic', mrr: 2000 }),
    bill('globex', 'plan_changed', 20, { from: 'basic', to: 'growth', mrr_before: 2000, mrr_after: 5000 }),
    bill('acme', 'group', 70, { name: 'Acme', plan: 'growth', seats: 5, plan_price: 2_000 }, 'group'),
  ];
}

/**
 * What the console's pages show when a project is in use: figures in every report, experiment results, customers, and
 * a campaign (onboarding) with a change in its history whose values are long, as real titles are.
 */
export async function seedConsoleSample(collectorUrl: string, now = Date.now()): Promise<void> {
  await send(collectorUrl, '/v1/events', 'POST', { events: [...funnelEvents(now), ...churnAndBilling(now)] });
  const onboarding = (await (
    await fetch(`${collectorUrl}/v1/admin/campaigns/onboarding`, { headers: { authorization: 'Bearer sk_demo' } })
  ).json()) as { campaign: { content: { title: Record<string, string> } } };
  const { campaign } = onboarding;
  campaign.content.title.en = 'Get your whole team writing, reviewing and publishing in Acme Docs this week';
  await send(collectorUrl, '/v1/admin/campaigns/onboarding', 'PUT', { campaign, author: 'Pat Product' });
}
