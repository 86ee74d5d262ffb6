import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostSite } from '../../support/host-server.ts';

// a `require` of this module's own, so knip sees the host packages this site serves
const require = createRequire(import.meta.url);

const FIXTURE = fileURLToPath(new URL('../fixtures/docsify/', import.meta.url));

/** Orbit's docs: docsify 5 from its dist files, hash-routed, markdown pages from the fixture. */
export const DOCSIFY: HostSite = {
  dirs: {
    '/docs/': FIXTURE,
    '/vendor/docsify/': `${dirname(require.resolve('docsify/package.json'))}/dist/`,
  },
  page: `${FIXTURE}index.html`,
};
