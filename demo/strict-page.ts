import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export interface StrictPageOptions {
  /** the collector's origin: the loader tag's source and where GrowthKit sends events */
  collector: string;
  /** `style-src` sources the site itself needs beyond its own files (never GrowthKit) */
  styleSrc?: readonly string[];
  /** require Trusted Types for script sinks (the demo does; sites not written for them do not) */
  trustedTypes?: boolean;
}

/**
 * Answers with a page under the policy a careful customer serves: scripts only from the site itself, the page's nonce
 * (the snippet) and the collector; no 'unsafe-inline', no 'unsafe-eval'. GrowthKit needs nothing beyond the
 * collector's origin. `page` gets the fresh nonce of this response.
 */
export function sendStrictPage(res: ServerResponse, page: (nonce: string) => string, options: StrictPageOptions): void {
  const { collector, styleSrc = [], trustedTypes = false } = options;
  const nonce = randomBytes(16).toString('base64');
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' ${collector}`,
    ["style-src 'self'", ...styleSrc].join(' '),
    `connect-src 'self' ${collector}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    ...(trustedTypes ? ["require-trusted-types-for 'script'"] : []),
  ];
  res
    .writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': policy.join('; '),
    })
    .end(page(nonce));
}
