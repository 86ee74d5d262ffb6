import { keyRefused, session } from '../session/session.ts';

/** A refusal or failure of an admin endpoint, in the collector's words, with the field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
  ) {
    super(message);
  }
}

interface ErrorAnswer {
  error?: { message?: string; field?: string };
}

/**
 * Calls one of the collector's admin endpoints (`/v1/admin/…`) with the secret key in the Authorization header, the only
 * place it goes. `key` is for the sign-in check, before there is a session.
 */
export async function adminApi<T>(
  path: string,
  init: { method?: string; body?: unknown; key?: string; headers?: Record<string, string> } = {},
): Promise<T> {
  const key = init.key ?? session.value?.key ?? '';
  let res: Response;
  try {
    res = await fetch(`/v1/admin/${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${key}`, ...(init.body !== undefined && { 'content-type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    throw new ApiError('The collector could not be reached. Check that it is running, then try again.', 0);
  }
  // every page would fail on its own with "Try again", which cannot help: the shell offers to sign in again instead
  if (res.status === 401 && init.key === undefined) keyRefused.value = true;
  const answer = (await res.json().catch(() => ({}))) as T & ErrorAnswer;
  if (!res.ok) throw new ApiError(answer.error?.message ?? `The collector answered ${res.status}.`, res.status, answer.error?.field);
  return answer;
}
