/**
 * Where focus came into a widget's shadow root from, so that closing the widget, or the part of it that had focus,
 * puts focus back there instead of dropping it to <body> (WCAG 2.4.3), as the kit's dialog does for its opener.
 * Returns the call to make as the close starts; the focus moves once the close has rendered.
 */
export function focusReturn(root: ShadowRoot): () => void {
  let before: HTMLElement | undefined;
  root.addEventListener('focusin', (event) => {
    const from = event.relatedTarget as HTMLElement | null;
    if (from && !root.contains(from)) before = from;
  });
  return () => {
    if (!root.activeElement) return;
    // a task later: a signal's change reaches the widget in a later microtask, and the dialog returns focus itself
    setTimeout(() => {
      if (document.activeElement === document.body) before?.focus();
    });
  };
}
