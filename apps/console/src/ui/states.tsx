import { h, type ComponentChildren } from 'preact';

/** While a page's data is on its way; announced politely, so a screen reader knows something is happening. */
export function Loading({ what }: { what: string }) {
  return (
    <p class="state" role="status">
      <span class="spinner" aria-hidden="true" />
      Loading {what}…
    </p>
  );
}

/** Nothing to show yet, and what to do about it. */
export function Empty({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <div class="state state-empty">
      <p class="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A failure in plain words, with the way out: usually trying again. */
export function Failure({ message, retry }: { message: string; retry?: () => void }) {
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">Something went wrong</p>
      <p>{message}</p>
      {retry && (
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}
