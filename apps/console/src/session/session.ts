import { signal } from '@preact/signals';

/** Who is signed in: the project's secret key and the name that goes with every change into the history. */
export interface Session {
  key: string;
  name: string;
}

/** sessionStorage, never localStorage or a URL: the key stays with this tab and goes when it closes. */
const STORE = 'growthkit:console:session';

function stored(): Session | null {
  try {
    const session = JSON.parse(sessionStorage.getItem(STORE) ?? 'null') as Session | null;
    return session && typeof session.key === 'string' && typeof session.name === 'string' ? session : null;
  } catch {
    return null;
  }
}

export const session = signal<Session | null>(stored());

/** The collector refused the key after the sign-in had accepted it (rotated or revoked since): the shell says so. */
export const keyRefused = signal(false);

export function keep(next: Session): void {
  sessionStorage.setItem(STORE, JSON.stringify(next));
  session.value = next;
  keyRefused.value = false;
}

export function signOut(): void {
  sessionStorage.removeItem(STORE);
  session.value = null;
  keyRefused.value = false;
}
