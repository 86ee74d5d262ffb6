import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostSite } from '../../support/host-server.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/docsify/', import.meta.url));

/** Orbit's docs: docsify 5 from its dist files, hash-routed, markdown pages from the fixture. */
export const DOCSIFY: HostSite = {
  dirs: {
    '/docs/': FIXTURE,
    '/vendor/docsify/': `${dirname(createRequire(import.meta.url).resolve('docsify/package.json'))}/dist/`,
  },
  page: `${FIXTURE}index.html`,
};
