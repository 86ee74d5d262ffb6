/** The body of every 4xx/5xx answer: a stable code, a sentence for people, and the offending field when there is one. */
export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  /** 5xx: the id of the request in the collector's log (also in the X-Request-Id header) */
  requestId?: string;
}

/** Thrown by handlers to answer a client mistake; the router turns it into `{ error: … }` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}
