import { createRuntime } from './create-runtime.ts';
import { installSnippet } from './snippet.ts';
import { mark, START_MARK } from './timing/performance-marks.ts';

/** The widgets' shared chunk, `chunks/shared-<content hash>`, named by the build (vite.config.ts). */
declare const __GROWTHKIT_SHARED_CHUNK__: string;

mark(START_MARK);

// The script-tag entry. Widget chunks sit next to this script (…/sdk/widgets/checklist.js), so the script's own URL,
// captured before anything async runs, is their base. Only a script element's: an element the page's content names
// `currentScript` (`<img name="currentScript" src="https://evil/">`) shadows the property (DOM clobbering), and its URL
// would load another site's code as widgets. Without it (that, or a module script), the collector init names serves them.
const current = document.currentScript;
const scriptSrc = current instanceof HTMLScriptElement && current.src ? current.src : undefined;

// The snippet's stub has every method but destroy: a growthkit with destroy is this script, already loaded once.
if (!(window as { growthkit?: { destroy?: unknown } }).growthkit?.destroy) {
  installSnippet(
    createRuntime({
      // The widgets' shared chunk, which every widget file imports, is asked for alongside the widget's own file instead
      // of once that file has arrived and been read (SPEC §11: one round trip less before the first widget).
      loadWidget: (type, endpoint) => {
        const base = scriptSrc ?? `${endpoint}/sdk/`;
        return Promise.all(
          [__GROWTHKIT_SHARED_CHUNK__, type].map((name) => import(/* @vite-ignore */ new URL(`widgets/${name}.js`, base).href)),
        ).then((modules) => modules[1]);
      },
    }),
  );
}
