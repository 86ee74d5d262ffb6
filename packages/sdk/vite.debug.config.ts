import { esChunks } from './es-chunks.config.ts';

/**
 * The debug panel (?growthkit_debug=1), a developer tool, built on its own with its own copy of Preact: built with the
 * widgets, whatever it shares with one widget (the reason texts) would ride in the shared chunk every user downloads.
 */
export default esChunks(
  { 'debug-panel': 'src/widgets/entries/debug-panel.ts' },
  // core's WITH_WORDS: the panel says every reason in words; its files join the widgets' build of the folder
  { startsRelease: false, define: { __GROWTHKIT_DEBUG__: 'true' } },
);
