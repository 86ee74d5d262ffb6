/**
 * Keeps a previewed widget a part of the console page. A modal widget (the cancel flow) takes focus as it opens, wraps
 * Tab inside itself and closes on Escape, as it must on the host's page; in the preview that would trap the console:
 * its tabs, Save and navigation out of reach. Here Tab and Shift+Tab move through the page as anywhere else, and
 * Escape leaves the widget for the stage, from where both lead on.
 */
export function keepKeyboardOnPage(stage: HTMLElement): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' && event.key !== 'Escape') return;
    // capture on the stage runs before the widget's own handlers, inside its shadow root
    event.stopPropagation();
    if (event.key === 'Escape') stage.focus();
  };
  stage.addEventListener('keydown', onKeyDown, { capture: true });
  return () => stage.removeEventListener('keydown', onKeyDown, { capture: true });
}

/**
 * Runs `mount`, giving focus back to where it was if the widget took it as it opened: a preview opens unasked. A modal
 * widget's dialog loses aria-modal here, so a screen reader does not take the console around it for inert (Preact
 * leaves the attribute off: it writes a prop again only when its value changes).
 */
export async function mountWithoutFocus<T>(host: HTMLElement, mount: () => Promise<T>): Promise<T> {
  const before = document.activeElement;
  const mounted = await mount();
  for (const dialog of host.shadowRoot?.querySelectorAll('[aria-modal="true"]') ?? []) dialog.removeAttribute('aria-modal');
  if (document.activeElement === host && before !== host) {
    if (before instanceof HTMLElement && before !== document.body && before.isConnected) before.focus();
    else host.blur();
  }
  return mounted;
}
