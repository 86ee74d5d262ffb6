// by path: a config file loads workspace packages' TypeScript only through a relative import
import { WIDGET_TYPES } from '../core/src/widget-registry.ts';
import { esChunks } from './es-chunks.config.ts';

/**
 * The widget chunks, one per registered widget type (core's widget registry); built before the debug panel and
 * vite.config.ts, starting a new build of widgets/ whose earlier builds' chunks stay beside it (widget-builds.ts).
 */
export const WIDGET_ENTRIES = Object.fromEntries(WIDGET_TYPES.map((type) => [type, `src/widgets/entries/${type}.ts`]));

// @preact/signals' devtools hook reads a global no production page sets: defined away, its code goes (SPEC §11)
export default esChunks(WIDGET_ENTRIES, { startsRelease: true, define: { 'window.__PREACT_SIGNALS_DEVTOOLS__': 'undefined' } });
