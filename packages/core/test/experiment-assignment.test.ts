import { GrowthBook } from '@growthbook/growthbook';
import { describe, expect, it } from 'vitest';
import { applyVariant, assignVariant, CampaignSchema, ExperimentSchema, type CampaignInput } from '../src/index.ts';

const experiment = ExperimentSchema.parse({
  key: 'demo-upgrade-copy',
  variants: [
    { key: 'control', weight: 45 },
    { key: 'value', weight: 45, overrides: { content: { title: { en: 'Teams on Growth save about 6 h a month' } } } },
  ],
  holdout: { key: 'holdout', weight: 10 },
  goal: { event: 'plan_upgraded', windowDays: 14 },
});

/** What the published GrowthBook SDK assigns for the same experiment key, weights and user id. */
function growthbookAssigns(id: string) {
  const gb = new GrowthBook({ attributes: { id } });
  const result = gb.run({
    key: 'demo-upgrade-copy',
    variations: ['control', 'value', 'holdout'],
    weights: [0.45, 0.45, 0.1],
    hashVersion: 2,
  });
  gb.destroy();
  return { variant: result.inExperiment ? result.value : null, hashValue: result.bucket ?? null };
}

describe('assignVariant', () => {
  const ids = [
    'user-1',
    'user-2',
    'u_42',
    'anna@example.com',
    '0',
    'a3f1c9e0-7d2b-4c55-9b1e-2f6a8d3c4e5f',
    '张伟',
    'trial-1a2b3c4d',
    ...Array.from({ length: 200 }, (_, i) => `sim-user-${i}`),
  ];

  it.each(ids)('puts %s in the same variant GrowthBook does', (id) => {
    const ours = assignVariant(experiment, { id });
    const theirs = growthbookAssigns(id);
    expect(ours.variant).toBe(theirs.variant);
    expect(ours.hashValue).toBe(theirs.hashValue);
  });

  it('splits users by the configured weights, holdout included', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i < 20_000; i++) {
      const { variant } = assignVariant(experiment, { id: `split-${i}` });
      counts[variant!] = (counts[variant!] ?? 0) + 1;
    }
    expect(counts.control! / 20_000).toBeCloseTo(0.45, 1);
    expect(counts.value! / 20_000).toBeCloseTo(0.45, 1);
    expect(counts.holdout! / 20_000).toBeCloseTo(0.1, 1);
  });

  it('flags the holdout and leaves out users without the hash attribute', () => {
    const holdoutUser = Array.from({ length: 100 }, (_, i) => `h-${i}`).find(
      (id) => assignVariant(experiment, { id }).variant === 'holdout',
    )!;
    expect(assignVariant(experiment, { id: holdoutUser })).toMatchObject({ holdout: true, inExperiment: true });
    expect(assignVariant(experiment, {})).toEqual({ variant: null, inExperiment: false, holdout: false, hashValue: null });
    expect(assignVariant(experiment, { id: '' }).inExperiment).toBe(false);
    expect(assignVariant({ ...experiment, hashAttribute: 'company' }, { id: 'x', company: 'acme' }).variant).toBe(
      growthbookCompany('acme'),
    );
  });
});

function growthbookCompany(company: string) {
  const gb = new GrowthBook({ attributes: { company } });
  const result = gb.run({
    key: 'demo-upgrade-copy',
    variations: ['control', 'value', 'holdout'],
    weights: [0.45, 0.45, 0.1],
    hashVersion: 2,
    hashAttribute: 'company',
  });
  gb.destroy();
  return result.value;
}

describe('ExperimentSchema', () => {
  it('refuses a holdout that reuses a variant key', () => {
    const parsed = ExperimentSchema.safeParse({ ...experiment, holdout: { key: 'control', weight: 10 } });
    expect(parsed.success).toBe(false);
    expect(ExperimentSchema.safeParse({ ...experiment, holdout: undefined }).success).toBe(true);
  });
});

describe('applyVariant', () => {
  const campaign = CampaignSchema.parse({
    id: 'storage-quota',
    widget: { type: 'checklist', steps: ['a', 'b', 'c'].map((id) => ({ id, label: { en: id }, complete: { kind: 'manual' as const } })) },
    content: { title: { en: 'You reached your limit', 'zh-CN': '已达上限' }, body: { en: 'Upgrade now' } },
    experiment,
  } satisfies CampaignInput);

  it('merges the variant copy into the content and keeps what it does not mention', () => {
    const applied = applyVariant(campaign, 'value');
    expect(applied.ok && applied.campaign.content).toEqual({
      title: { en: 'Teams on Growth save about 6 h a month', 'zh-CN': '已达上限' },
      body: { en: 'Upgrade now' },
    });
  });

  it('leaves the campaign as it is for the control and the holdout', () => {
    expect(applyVariant(campaign, 'control')).toEqual({ ok: true, campaign });
    expect(applyVariant(campaign, 'holdout')).toEqual({ ok: true, campaign });
  });

  it('refuses an override that would break the widget, naming the field', () => {
    const broken = {
      ...campaign,
      experiment: {
        ...experiment,
        variants: [experiment.variants[0]!, { key: 'value', weight: 45, overrides: { widget: { steps: [] } } }],
      },
    };
    const applied = applyVariant(broken, 'value');
    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.message).toMatch(/variant "value" of campaign "storage-quota": widget.steps/);
  });
});
