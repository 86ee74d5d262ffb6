// @vitest-environment node
import { usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { startTestCollector } from './collector-fixture.ts';
import { describeEventNames } from './event-names-cases.ts';

const database = usePostgresDatabase();

describeEventNames('PostgreSQL', () => startTestCollector({ databaseUrl: database.url }));
