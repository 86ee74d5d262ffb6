/**
 * Sees SPA route changes through the History API: wraps pushState/replaceState and listens to
 * popstate. `onChange` runs only when the path actually changed. Returns the undo.
 */
export function watchRoutes(onChange: () => void, win: Window = window): () => void {
  const history = win.history;
  const { pushState, replaceState } = history;
  let path = win.location.pathname;
  const check = () => {
    if (win.location.pathname === path) return;
    path = win.location.pathname;
    onChange();
  };
  const wrap = (original: History['pushState']): History['pushState'] =>
    function (this: History, ...args) {
      original.apply(this, args);
      check();
    };
  const ours = { pushState: wrap(pushState), replaceState: wrap(replaceState) };
  Object.assign(history, ours);
  win.addEventListener('popstate', check);
  return () => {
    // Only undo our own wrapper: a library that wrapped after us keeps its wrapper (and ours inside it).
    if (history.pushState === ours.pushState) history.pushState = pushState;
    if (history.replaceState === ours.replaceState) history.replaceState = replaceState;
    win.removeEventListener('popstate', check);
  };
}
