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
  history.pushState = wrap(pushState);
  history.replaceState = wrap(replaceState);
  win.addEventListener('popstate', check);
  return () => {
    history.pushState = pushState;
    history.replaceState = replaceState;
    win.removeEventListener('popstate', check);
  };
}
