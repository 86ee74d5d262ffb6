import { z } from 'zod';

/** Only resolves relative URLs for the check; it never reaches a browser. */
const RELATIVE_BASE = 'https://relative.invalid/';

const isFollowable = (url: string) => {
  try {
    return /^https?:$/.test(new URL(url, RELATIVE_BASE).protocol);
  } catch {
    return false;
  }
};

/**
 * A link a widget follows: http(s) or relative. The SDK hands a quota's upgradeUrl to location.assign, which runs a
 * `javascript:` URL in the host page, so any other scheme is refused where a campaign is saved.
 */
export const LinkUrlSchema = z.string().max(2048).refine(isFollowable, 'must be an http(s) or relative URL');
