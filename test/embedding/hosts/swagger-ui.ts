import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostSite } from '../../support/host-server.ts';

// a `require` of this module's own, so knip sees the host packages this site serves
const require = createRequire(import.meta.url);

const FIXTURE = fileURLToPath(new URL('../fixtures/swagger-ui/', import.meta.url));

/**
 * swagger-ui's top-bar logo is an inline SVG carrying its own <style> element, which `style-src 'self'` refuses (a CSP
 * error in the console). The host allows exactly that element by its hash rather than 'unsafe-inline', so a style
 * element GrowthKit might add would still be refused and caught.
 */
const SWAGGER_LOGO_STYLE = '.logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}';

/** Orbit's API reference: swagger-ui-dist's standalone bundle page rendering the fixture's OpenAPI document. */
export const SWAGGER_UI: HostSite = {
  dirs: {
    '/api/': FIXTURE,
    '/vendor/swagger-ui/': `${dirname(require.resolve('swagger-ui-dist/package.json'))}/`,
  },
  page: `${FIXTURE}index.html`,
  styleSrc: [`'sha256-${createHash('sha256').update(SWAGGER_LOGO_STYLE).digest('base64')}'`],
};
