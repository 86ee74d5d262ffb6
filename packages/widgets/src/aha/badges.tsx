import { h } from 'preact';
import { format } from '../i18n/format.ts';
import { Icon } from '../icon.tsx';
import { BADGE_PATHS } from './badge-paths.ts';
import type { AhaProps } from './props.ts';
import { strings } from './strings.ts';

type BadgesProps = Pick<AhaProps, 'locale' | 'milestones' | 'reached'>;

/** A badge per milestone, earned or not yet; it follows the milestones reached. */
export function Badges({ locale, milestones, reached }: BadgesProps) {
  const t = strings(locale);
  return (
    <ol class="badges" aria-label={t.badges}>
      {milestones.map(({ at, icon, badge }) => {
        const earned = reached.value.includes(at);
        return (
          <li key={at} class={earned ? 'earned' : undefined}>
            <span class="medal">
              <Icon d={BADGE_PATHS[icon]} />
            </span>
            <span class="name">{badge}</span>
            <span>
              {format('{at}', locale, { at })}
              <span class="sr"> · {earned ? t.reached : t.locked}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
