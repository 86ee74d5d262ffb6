import type { ServerResponse } from 'node:http';

/**
 * A signal that aborts when the client of `res` goes away before its answer is sent (a browser tab closed, `curl -m`
 * giving up), so work done only for that answer can stop.
 */
export function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new Error('the client went away before the answer'));
  });
  return controller.signal;
}
