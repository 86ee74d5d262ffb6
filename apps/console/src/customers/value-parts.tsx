import { h } from 'preact';
import type { AccountPicture } from '@growthkit/core';
import { percent } from '../experiments/figures.ts';

/** The value scorecard's three parts in words (core's computeValueScore), or why there is none. */
export function ValueParts({ value, none }: { value: AccountPicture['value']; none: string }) {
  if (!value) return <p class="muted">{none}</p>;
  return (
    <dl class="pairs">
      <div>
        <dt>Breadth (key features used in 30 days)</dt>
        <dd>{percent(value.breadth, 0)}</dd>
      </div>
      <div>
        <dt>Depth (active seats of paid seats)</dt>
        <dd>{percent(value.depth, 0)}</dd>
      </div>
      <div>
        <dt>Reach (work done of what the plan buys)</dt>
        <dd>{percent(value.reach, 0)}</dd>
      </div>
    </dl>
  );
}
