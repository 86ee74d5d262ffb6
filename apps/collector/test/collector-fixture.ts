import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { type Campaign, CampaignSchema, PublicSettingsSchema, type EventInput } from '@growthkit/core';
import { identityHash } from '@growthkit/node';
import { startCollector } from '../src/index.ts';

type Options = Omit<Parameters<typeof startCollector>[0], 'dbPath'>;

/** A real collector on loopback over a real SQLite file in a fresh temp dir, demo project seeded. */
export async function startTestCollector(options: Options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-collector-'));
  const dbPath = join(dir, 'growthkit.sqlite');
  const collector = await startCollector({ port: 0, seedDemo: true, ...options, dbPath });
  return {
    ...collector,
    dir,
    dbPath,
    /** Reads the SQLite file directly, not through the collector's own code. */
    query<Row>(sql: string, ...params: unknown[]): Row[] {
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare(sql).all(...params) as Row[];
      } finally {
        db.close();
      }
    },
    async healthy(): Promise<boolean> {
      const res = await fetch(`${collector.url}/healthz`);
      return res.status === 200 && ((await res.json()) as { ok: boolean }).ok;
    },
    async close() {
      await collector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestCollector = Awaited<ReturnType<typeof startTestCollector>>;

export function makeEvent(overrides: Partial<EventInput> = {}): EventInput {
  return {
    id: randomUUID(),
    type: 'track',
    name: 'doc_created',
    ts: '2026-11-22T10:00:00.000Z',
    anonymousId: 'anon-1',
    props: {},
    ...overrides,
  };
}

export function postEvents(
  collector: TestCollector,
  body: string | Uint8Array<ArrayBuffer>,
  init: { key?: string; headers?: Record<string, string> } = {},
) {
  return fetch(`${collector.url}/v1/events?key=${init.key ?? 'pk_demo'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body,
  });
}

/** A project with identity verification on (SPEC §8): a user id needs its `hash` to write or read that user's data. */
export const verifiedProject = {
  id: 'verified',
  publishableKey: 'pk_verified',
  secretKey: 'sk_verified',
  allowedOrigins: ['https://app.example.com'],
  settings: PublicSettingsSchema.parse({ identityVerification: true }),
};

/** The hash a host's server would give the browser for this user of the verified project. */
export const verifiedHash = (userId: string) => identityHash(userId, verifiedProject.secretKey);

/**
 * A checklist campaign running the A/B test `experiment`: variants `a` and `b` at equal weights, goal `plan_upgraded`
 * within 14 days; `status` as given (a paused campaign still keeps its results).
 */
export function abTestCampaign(id: string, experiment: string, status: Campaign['status'] = 'live'): Campaign {
  return CampaignSchema.parse({
    id,
    status,
    widget: { type: 'checklist', steps: ['a', 'b', 'c'].map((step) => ({ id: step, label: { en: step }, complete: { kind: 'manual' } })) },
    content: { title: { en: 'Hello' } },
    experiment: {
      key: experiment,
      variants: [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
      ],
      goal: { event: 'plan_upgraded', windowDays: 14 },
    },
  });
}
