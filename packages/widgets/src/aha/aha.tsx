import { Component, h } from 'preact';
import { CardHead } from '../card-head.tsx';
import { direction } from '../i18n/direction.ts';
import { format } from '../i18n/strings.ts';
import { BadgeIcon } from './badge-icon.tsx';
import type { AhaMilestoneView, AhaProps } from './props.ts';
import { strings } from './strings.ts';

const TITLE = 'gk-aha-title';

/** The latest milestone reached, in milestone order. */
const latestReached = ({ milestones, reached }: AhaProps): AhaMilestoneView | undefined =>
  [...milestones].reverse().find((milestone) => reached.includes(milestone.at));

/**
 * Progress toward the aha moment: a bar with a tick per milestone, the badges earned, and the latest milestone's message.
 * A class, not hooks: preact/hooks would add about 1 KB gzip to the shared widget chunk.
 */
export class Aha extends Component<AhaProps, { announcement?: string }> {
  // Said once when a milestone is reached while the widget is on screen; one already earned at mount is only shown.
  componentDidUpdate(previous: AhaProps) {
    const latest = latestReached(this.props);
    const { locale } = this.props;
    if (latest && !previous.reached.includes(latest.at)) {
      this.setState({ announcement: format(strings(locale).earned, locale, { badge: latest.badge, message: latest.message }) });
    }
  }

  render(props: AhaProps, { announcement }: { announcement?: string }) {
    const { locale, milestones, unit, value, reached } = props;
    const t = strings(locale);
    const goal = milestones[milestones.length - 1].at;
    const shown = Math.min(value, goal);
    const latest = latestReached(props);
    const next = milestones.find((milestone) => !reached.includes(milestone.at));
    const complete = !next;
    const count = format(unit ? t.ofUnit : t.of, locale, { value: shown, goal, unit: unit ?? '' });

    return (
      <div class="gk gk-aha" dir={direction(locale)} lang={locale}>
        <section class="gk-card" aria-labelledby={TITLE}>
          <CardHead id={TITLE} title={props.title} dismiss={t.dismiss} onDismiss={props.onDismiss} />
          {props.body && <p class="gk-body">{props.body}</p>}
          <div class="gk-progress">
            <div
              class="gk-bar"
              role="progressbar"
              aria-labelledby={TITLE}
              aria-valuemin={0}
              aria-valuemax={goal}
              aria-valuenow={shown}
              aria-valuetext={next ? `${count}. ${format(t.next, locale, { badge: next.badge, at: next.at })}` : count}
            >
              <div class="gk-fill" style={{ width: `${(shown / goal) * 100}%` }} />
              {milestones.slice(0, -1).map((milestone) => (
                <span key={milestone.at} class="gk-tick" style={{ insetInlineStart: `${(milestone.at / goal) * 100}%` }} />
              ))}
            </div>
            <span class="gk-of">{count}</span>
          </div>
          <ol class="gk-badges" aria-label={t.badges}>
            {milestones.map((milestone) => {
              const earned = reached.includes(milestone.at);
              return (
                <li key={milestone.at} class={earned ? 'gk-earned' : undefined}>
                  <span class="gk-medal">
                    <BadgeIcon icon={milestone.icon} />
                  </span>
                  <span class="gk-name">{milestone.badge}</span>
                  <span class="gk-at">
                    {format('{at}', locale, { at: milestone.at })}
                    <span class="gk-sr"> · {earned ? t.reached : t.locked}</span>
                  </span>
                </li>
              );
            })}
          </ol>
          {latest && (
            <div class="gk-party">
              <span class="gk-medal">
                <BadgeIcon icon={latest.icon} />
              </span>
              <p>{latest.message}</p>
              {complete && (
                <button class="gk-btn gk-primary" onClick={() => props.onAcknowledge()}>
                  {t.gotIt}
                </button>
              )}
            </div>
          )}
        </section>
        <p class="gk-sr" role="status">
          {announcement}
        </p>
      </div>
    );
  }
}
