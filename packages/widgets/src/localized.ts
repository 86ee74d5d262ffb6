import type { Text } from '@growthkit/core';

/**
 * Campaign content as the user reads it: core's shape with each localised text (`Text`) turned into the one string
 * for the user's locale, placeholders filled in by the runtime. Widget props take their content types from core's
 * schema types through this, rather than restating them.
 */
export type Localized<T> = T extends Text
  ? string
  : T extends readonly (infer Item)[]
    ? Localized<Item>[]
    : T extends object
      ? { [K in keyof T]: Localized<T[K]> }
      : T;
