import { useCallback, useEffect, useState } from 'preact/hooks';

export type Resource<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

/** Loads what a page shows, again whenever `key` changes or `reload` is called; a stale answer never lands. */
export function useResource<T>(load: () => Promise<T>, key: string): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setResource({ state: 'loading' });
    load().then(
      (data) => current && setResource({ state: 'ready', data }),
      (error: unknown) => current && setResource({ state: 'error', message: (error as Error).message }),
    );
    return () => {
      current = false;
    };
    // load is a fresh closure each render; key says when what it loads changes
  }, [key, round]);
  return [resource, useCallback(() => setRound((n) => n + 1), [])];
}
