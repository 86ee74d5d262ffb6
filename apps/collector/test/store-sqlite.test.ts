// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../src/store/open-store.ts';
import { describeStoreContract } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'growthkit-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeStoreContract('SQLite', () => openStore({ dbPath: join(dir, 'growthkit.sqlite') }));
