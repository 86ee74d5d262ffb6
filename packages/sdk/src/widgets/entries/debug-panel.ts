// The lazily loaded debug panel chunk (init({ debug: true }) or ?growthkit_debug=1): the whole panel, host element
// included, so the runtime only asks for it.
export { openDebugPanel } from '../../debug/debug-panel.ts';
