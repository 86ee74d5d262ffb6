// @vitest-environment node
import { startTestCollector } from './collector-fixture.ts';
import { describeComputedSegments } from './computed-segment-cases.ts';

describeComputedSegments('SQLite', () => startTestCollector());
