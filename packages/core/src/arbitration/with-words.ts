/**
 * Set at build time by bundlers that want the reasons' words gone: the SDK's first script defines it `false`, so the
 * minifier drops describeReason and every wording from it (GrowthBook strips its debug detail the same way). Node,
 * tests and bundlers that define nothing keep the words.
 */
declare const __GROWTHKIT_DEBUG__: boolean | undefined;

/** Whether decide attaches each reason's words (`message`). */
export const WITH_WORDS = typeof __GROWTHKIT_DEBUG__ === 'undefined' || __GROWTHKIT_DEBUG__;
