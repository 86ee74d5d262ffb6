import { signal } from '@preact/signals';
import { guarded, mayLeave } from './leave-guard.ts';

/** Where the console is served (the collector's /console, vite.config.ts's base). */
export const BASE = '/console';

/** The address bar: every page of the console is a URL of its own, so it can be bookmarked, shared and gone back to. */
export const here = signal({ pathname: location.pathname, search: location.search });

const read = () => {
  here.value = { pathname: location.pathname, search: location.search };
};

/**
 * Back and Forward: the address has changed before the console hears of it. A page with unsaved edits asks first (as
 * a link does): the address it shows is put back meanwhile, and the step is made again only if the reader agrees.
 */
addEventListener('popstate', () => {
  if (!guarded()) return read();
  const to = location.pathname + location.search;
  history.pushState(null, '', here.value.pathname + here.value.search);
  void mayLeave(to).then((yes) => yes && navigate(to));
});

/** Goes to a console URL with the History API (no reload); `replace` when the step should not be a back-button stop. */
export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  read();
}
