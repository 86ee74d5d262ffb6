import { h, type ComponentChildren } from 'preact';
import { mayLeave } from './routing/leave-guard.ts';
import { BASE, here } from './routing/location.ts';
import { Link } from './routing/link.tsx';
import { NAV } from './routing/pages.tsx';
import { KeyRefusedNotice } from './session/key-refused-notice.tsx';
import { session, signOut } from './session/session.ts';
import { ThemeSwitch } from './ui/theme-switch.tsx';

/** The frame of every signed-in page: a skip link, the sections, who is signed in, the colour scheme and sign-out. */
export function Shell({ children }: { children: ComponentChildren }) {
  const { pathname } = here.value;
  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">
          <span class="brand-mark" aria-hidden="true" />
          GrowthKit
        </span>
        <nav aria-label="Sections" class="sections">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} class="section-link" aria-current={pathname.startsWith(item.href) ? 'page' : undefined}>
              {item.label}
            </Link>
          ))}
        </nav>
        <div class="account">
          <span class="signed-in">
            Signed in as <strong>{session.value?.name}</strong>
          </span>
          <ThemeSwitch />
          {/* signing out leaves the page as a link would: unsaved edits ask first */}
          <button
            type="button"
            class="button button-quiet"
            onClick={() => void mayLeave(`${BASE}/sign-in`).then((yes) => yes && signOut())}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" class="main">
        <KeyRefusedNotice />
        {children}
      </main>
    </div>
  );
}
