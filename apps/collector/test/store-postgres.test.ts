// @vitest-environment node
import { usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { openStore } from '../src/store/open-store.ts';
import { describeStoreContract } from './store-contract.ts';

const database = usePostgresDatabase();

describeStoreContract('PostgreSQL', () => openStore({ databaseUrl: database.url }));
