import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostSite } from '../../support/host-server.ts';

// a `require` of this module's own, so knip sees the host packages this site serves
const require = createRequire(import.meta.url);

const FIXTURE = fileURLToPath(new URL('../fixtures/vue-app/', import.meta.url));

/** Height of Orbit's sticky top bar (fixtures/vue-app/app.css `.topbar`), what its GrowthKit header setup gives. */
export const VUE_APP_HEADER_PX = 56;

/**
 * Orbit: a Vue 3 + vue-router app (History API) from the packages' ESM browser builds, no build step. Its styles are
 * all in its own stylesheet, so `style-src 'self'` is enough.
 */
export const VUE_APP: HostSite = {
  dirs: {
    '/app/': FIXTURE,
    '/vendor/vue/': `${dirname(require.resolve('vue/package.json'))}/dist/`,
    '/vendor/vue-router/': `${dirname(require.resolve('vue-router/package.json'))}/dist/`,
  },
  page: `${FIXTURE}index.html`,
};
