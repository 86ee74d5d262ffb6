// @vitest-environment node
import { usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { startTestCollector } from './collector-fixture.ts';
import { describeComputedSegments } from './computed-segment-cases.ts';

const database = usePostgresDatabase();

describeComputedSegments('PostgreSQL', () => startTestCollector({ databaseUrl: database.url }));
