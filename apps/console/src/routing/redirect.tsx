import { useEffect } from 'preact/hooks';
import { navigate } from './location.ts';

/** Sends the address bar on to `to` without a back-button stop (the console's root goes to its first section). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
