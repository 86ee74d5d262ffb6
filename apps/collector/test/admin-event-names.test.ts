// @vitest-environment node
import { startTestCollector } from './collector-fixture.ts';
import { describeEventNames } from './event-names-cases.ts';

describeEventNames('SQLite', () => startTestCollector());
