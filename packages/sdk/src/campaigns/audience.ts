import { evalCondition, type Condition } from '@growthkit/core';

/** Whether attributes match a condition, with GrowthBook's semantics. A malformed condition matches nobody. */
export const audienceMatcher =
  (attributes: Record<string, unknown>) =>
  (condition: Condition): boolean => {
    try {
      return evalCondition(attributes, condition);
    } catch {
      return false;
    }
  };
