/**
 * The documented setup for a host with a fixed or sticky header, so GrowthKit's banner sits below it. Being built
 * while these tests were written; they assume the CSS custom property. If the feature lands as the init option
 * instead, switch MECHANISM: every host then gets the option in its snippet instead of the property in its stylesheet.
 */
const MECHANISM = 'css-property' as 'css-property' | 'init-option';

export interface HeaderOffsetSetup {
  /** CSS the host adds to its own stylesheet (served as /growthkit-header.css) */
  css: string;
  /** options the host adds to `growthkit('init', …)` */
  init: Record<string, unknown>;
}

/** What a host whose header is `px` pixels high adds, in the one mechanism these tests assume. */
export function headerOffsetSetup(px: number): HeaderOffsetSetup {
  if (MECHANISM === 'init-option') return { css: '', init: { offsetTop: px } };
  return { css: `:root { --growthkit-offset-top: ${px}px; }\n`, init: {} };
}
