/**
 * The page's path as targeting and events see it (SPEC §6): for an app that routes by hash, the hash route
 * (`#/guide?x=1` → `/guide`); otherwise the URL's path. A plain in-page anchor (`#section`) is no route.
 */
export const pagePath = (at: Location = location): string => /^#(\/[^?#]*)/.exec(at.hash)?.[1] ?? at.pathname;

/**
 * Runs `then` once the host has rendered the new route. Routers change the URL first and render after it: Vue in a
 * microtask, React in its scheduler's tasks, which it runs before the next frame. So: a task queued from the next
 * animation frame, just after that frame is painted. A hidden page paints no frames: a plain task there.
 */
const afterRender = (then: () => void) => (document.hidden ? setTimeout(then) : requestAnimationFrame(() => setTimeout(then)));

/**
 * Sees SPA route changes: the History API (pushState/replaceState wrapped, popstate) and hash routes (hashchange).
 * `left` runs at once when the page path changed (inside the host's pushState: widgets of the page being left must
 * not count as seen on the new one); `settled` once per change, or per burst of changes, after the host rendered the
 * new route. Until `signal` aborts: then the History API is as it was (but for a library that wrapped it after us).
 */
export function watchRoutes(left: () => void, settled: () => void, signal: AbortSignal): void {
  const { pushState, replaceState } = history;
  let path = pagePath();
  let settling = false;
  const check = () => {
    if (pagePath() === path) return;
    path = pagePath();
    left();
    if (settling) return;
    settling = true;
    afterRender(() => {
      settling = false;
      if (!signal.aborted) settled();
    });
  };
  const wrap = (original: History['pushState']): History['pushState'] =>
    function (this: History, ...args) {
      original.apply(this, args);
      check();
    };
  const ours = { pushState: wrap(pushState), replaceState: wrap(replaceState) };
  Object.assign(history, ours);
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  signal.addEventListener('abort', () => {
    // Only undo our own wrapper: a library that wrapped after us keeps its wrapper (and ours inside it).
    if (history.pushState === ours.pushState) history.pushState = pushState;
    if (history.replaceState === ours.replaceState) history.replaceState = replaceState;
  });
}
