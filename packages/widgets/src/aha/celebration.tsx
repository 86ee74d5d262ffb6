import { h } from 'preact';
import { Icon } from '../icon.tsx';
import { BADGE_PATHS } from './badge-paths.ts';
import { latestReached } from './latest-reached.ts';
import type { AhaProps } from './props.ts';
import { strings } from './strings.ts';

type CelebrationProps = Pick<AhaProps, 'locale' | 'milestones' | 'reached' | 'onAcknowledge'>;

/** The latest milestone's badge and message, and "Got it" once every milestone is reached; nothing before the first. */
export function Celebration({ locale, milestones, reached, onAcknowledge }: CelebrationProps) {
  const latest = latestReached(milestones, reached.value);
  if (!latest) return null;
  const everyReached = milestones.every((milestone) => reached.value.includes(milestone.at));
  return (
    <div class="party">
      <span class="medal">
        <Icon d={BADGE_PATHS[latest.icon]} />
      </span>
      <p>{latest.message}</p>
      {everyReached && (
        <button class="btn primary" onClick={onAcknowledge}>
          {strings(locale).gotIt}
        </button>
      )}
    </div>
  );
}
