import { createRuntime } from './create-runtime.ts';
import { installSnippet } from './snippet.ts';
import { mark, START_MARK } from './timing/performance-marks.ts';

mark(START_MARK);

// The script-tag entry. Widget chunks sit next to this script (…/sdk/widgets/checklist.js), so the
// script's own URL, captured before anything async runs, is their base.
const scriptBase = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

if (!(window as { growthkit?: { flush?: unknown } }).growthkit?.flush) {
  installSnippet(
    createRuntime({
      loadWidget: (type) => import(/* @vite-ignore */ new URL(`widgets/${type}.js`, scriptBase).href),
    }),
  );
}
