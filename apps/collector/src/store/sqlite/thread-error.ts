import { errorFields } from '../../http/log-line.ts';

/**
 * An error as it crosses from a thread to the main thread: a structured clone of better-sqlite3's SqliteError keeps
 * its code but not its message or stack, so they travel as plain fields.
 */
export interface ThreadError {
  message: string;
  code?: string;
  stack?: string;
}

export function toThreadError(error: unknown): ThreadError {
  return errorFields(error);
}

/** The thread's error again as an Error, with its code, message and the thread's stack. */
export function fromThreadError({ message, code, stack }: ThreadError): Error {
  const error: Error & { code?: string } = new Error(message);
  if (code !== undefined) error.code = code;
  if (stack !== undefined) error.stack = stack;
  return error;
}
