/** Saved groups by id, GrowthBook's v1 payload shape: the list of attribute values in the group. */
export type SavedGroups = Record<string, unknown[]>;
