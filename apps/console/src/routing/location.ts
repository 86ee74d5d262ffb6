import { signal } from '@preact/signals';

/** Where the console is served (the collector's /console, vite.config.ts's base). */
export const BASE = '/console';

/** The address bar: every page of the console is a URL of its own, so it can be bookmarked, shared and gone back to. */
export const here = signal({ pathname: location.pathname, search: location.search });

const read = () => {
  here.value = { pathname: location.pathname, search: location.search };
};

addEventListener('popstate', read);

/** Goes to a console URL with the History API (no reload); `replace` when the step should not be a back-button stop. */
export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  read();
}
