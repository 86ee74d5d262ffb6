import { Fragment, h, type ComponentChildren } from 'preact';
import type { Resource } from '../api/use-resource.ts';

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

/**
 * What a page fetched, in its states: loading, a failure with a retry, else what it shows. A page that looks a picture
 * up by id (a customer, an account) gives `notFound`, so a 404 says in plain words where the id comes from.
 */
export function Loaded<T>({
  resource,
  what,
  notFound,
  reload,
  children,
}: {
  resource: Resource<T>;
  what: string;
  notFound?: { title: string; hint: string };
  reload: () => void;
  children: (data: T) => ComponentChildren;
}) {
  if (resource.state === 'loading') return <Loading what={what} />;
  if (resource.state === 'ready') return <>{children(resource.data)}</>;
  if (notFound && resource.status === 404)
    return (
      <Empty title={notFound.title}>
        <p>
          The collector answered: {resource.message}. {notFound.hint}
        </p>
      </Empty>
    );
  return <Failure message={resource.message} retry={reload} />;
}
