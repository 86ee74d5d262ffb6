import { h } from 'preact';
import { mayLeave } from '../routing/leave-guard.ts';
import { BASE } from '../routing/location.ts';
import { keyRefused, signOut } from './session.ts';

/**
 * Says that the collector no longer takes this tab's key, and signs out on request: the sign-in then opens the same
 * page. Asked, not done at once, so an editor's unsaved changes are not dropped by a failed save.
 */
export function KeyRefusedNotice() {
  if (!keyRefused.value) return null;
  return (
    <div class="notice notice-error key-refused" role="alert">
      <p>
        The collector no longer accepts the secret key this tab signed in with: it was changed or revoked. Sign in again with the project’s
        current key to go on from this page.
      </p>
      <button type="button" class="button" onClick={() => void mayLeave(`${BASE}/sign-in`).then((yes) => yes && signOut())}>
        Sign in again
      </button>
    </div>
  );
}
