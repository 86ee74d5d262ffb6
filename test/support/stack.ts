import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Campaign } from '@growthkit/core';
import { startCollector } from '@growthkit/collector';
import { startDemo } from '../../demo/serve.ts';

export interface StoredEvent {
  id: string;
  type: string;
  name: string;
  anonymous_id: string;
  user_id: string | null;
  campaign_id: string | null;
  props: string;
}

/**
 * The whole product on loopback: the collector on a real SQLite file in a temp dir (demo project seeded)
 * and the Acme Docs demo served under its strict CSP. `restartCollector` brings the collector back on the
 * same port and file, for outage tests. `sdkDir` serves another build of the SDK than the tree's dist/sdk (a benchmark
 * comparing two builds).
 */
export async function startStack({ sdkDir }: { sdkDir?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-e2e-'));
  const dbPath = join(dir, 'growthkit.sqlite');
  let collector = await startCollector({ port: 0, dbPath, seedDemo: true, sdkDir });
  const port = collector.port;
  const demo = await startDemo({ collectorUrl: collector.url });
  let down = false;

  return {
    dbPath,
    demoUrl: demo.url,
    get collectorUrl() {
      return collector.url;
    },
    /** the running collector's store, for a test to add or pause campaigns */
    get store() {
      return collector.store;
    },
    async stopCollector() {
      await collector.close();
      down = true;
    },
    async restartCollector() {
      collector = await startCollector({ port, dbPath, seedDemo: true, sdkDir });
      down = false;
    },
    /** Adds or replaces a campaign of the demo project, as an admin would. */
    putCampaign(campaign: Campaign) {
      return collector.store.putCampaign('demo', campaign);
    },
    /** Reads the events table directly, the way an auditor would. */
    storedEvents(): StoredEvent[] {
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare('SELECT * FROM events ORDER BY rowid').all() as StoredEvent[];
      } finally {
        db.close();
      }
    },
    async close() {
      await demo.close();
      if (!down) await collector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;
