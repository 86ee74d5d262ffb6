import { h } from 'preact';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { here } from './routing/location.ts';
import { matchRoute } from './routing/match-route.ts';
import { PAGES } from './routing/pages.tsx';
import { session } from './session/session.ts';
import { Shell } from './shell.tsx';

/** Signed out, every URL shows the sign-in (and the page asked for once signed in); signed in, the page of the URL. */
export function App() {
  if (!session.value) return <SignInPage />;
  const { pathname } = here.value;
  for (const page of PAGES) {
    const params = matchRoute(page.pattern, pathname);
    const view = params && page.render(params);
    if (view) return <Shell>{view}</Shell>;
  }
  return (
    <Shell>
      <NotFoundPage />
    </Shell>
  );
}
