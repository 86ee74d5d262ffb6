import { esChunks } from './es-chunks.config.ts';

/** The widget chunks, one per widget type; built after vite.config.ts, emptying widgets/. */
export default esChunks(
  {
    checklist: 'src/widgets/entries/checklist.ts',
    aha: 'src/widgets/entries/aha.ts',
    'value-summary': 'src/widgets/entries/value-summary.ts',
    quota: 'src/widgets/entries/quota.ts',
    upsell: 'src/widgets/entries/upsell.ts',
  },
  { emptyOutDir: true },
);
