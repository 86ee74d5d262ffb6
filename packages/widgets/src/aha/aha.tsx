import { Component, h } from 'preact';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import { Icon } from '../icon.tsx';
import { format } from '../i18n/format.ts';
import { strings } from '../i18n/strings.ts';
import { BADGE_PATHS } from './badge-paths.ts';
import type { AhaProps } from './props.ts';

/** The latest milestone reached, in milestone order. */
const latestReached = ({ milestones, reached }: AhaProps) => milestones.filter((milestone) => reached.includes(milestone.at)).pop();

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
      this.setState({ announcement: format(strings(locale).aha.earned, locale, latest) });
    }
  }

  render(props: AhaProps, { announcement }: { announcement?: string }) {
    const { locale, milestones, value, reached } = props;
    const t = strings(locale).aha;
    const goal = milestones[milestones.length - 1].at;
    const shown = Math.min(value, goal);
    const latest = latestReached(props);
    const next = milestones.find((milestone) => !reached.includes(milestone.at));
    const percent = (at: number) => `${(at / goal) * 100}%`;
    const count = format(t.of, locale, { value: shown, goal, unit: props.unit ?? '' }).trim();

    return (
      <div class="kit aha" dir={direction(locale)} lang={locale}>
        <Card title={props.title} body={props.body} locale={locale} onDismiss={props.onDismiss}>
          <div class="progress">
            <div
              class="bar"
              role="progressbar"
              aria-labelledby="title"
              aria-valuemin={0}
              aria-valuemax={goal}
              aria-valuenow={shown}
              aria-valuetext={next ? `${count}. ${format(t.next, locale, next)}` : count}
            >
              <div class="fill" style={{ width: percent(shown) }} />
              {milestones.slice(0, -1).map(({ at }) => (
                <span key={at} class="tick" style={{ insetInlineStart: percent(at) }} />
              ))}
            </div>
            <span class="of">{count}</span>
          </div>
          <ol class="badges" aria-label={t.badges}>
            {milestones.map(({ at, icon, badge }) => {
              const earned = reached.includes(at);
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
          {latest && (
            <div class="party">
              <span class="medal">
                <Icon d={BADGE_PATHS[latest.icon]} />
              </span>
              <p>{latest.message}</p>
              {!next && (
                <button class="btn primary" onClick={props.onAcknowledge}>
                  {t.gotIt}
                </button>
              )}
            </div>
          )}
        </Card>
        <p class="sr" role="status">
          {announcement}
        </p>
      </div>
    );
  }
}
