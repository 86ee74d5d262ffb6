import { Component, h } from 'preact';
import { Announcer } from '../announcer.tsx';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import { format } from '../i18n/format.ts';
import { Badges } from './badges.tsx';
import { Celebration } from './celebration.tsx';
import { latestReached } from './latest-reached.ts';
import { MilestoneBar } from './milestone-bar.tsx';
import type { AhaProps } from './props.ts';
import { strings } from './strings.ts';

/**
 * Progress toward the aha moment: a bar with a tick per milestone, the badges earned, and the latest milestone's
 * message. This root renders the content once; its parts follow the progress signals in place.
 */
export class Aha extends Component<AhaProps> {
  // Said once when a milestone is reached while the widget is on screen; one already earned at mount is only shown.
  say = (now: readonly number[], before: readonly number[]) => {
    const { locale, milestones } = this.props;
    const latest = latestReached(milestones, now);
    return latest && !before.includes(latest.at) ? format(strings(locale).earned, locale, latest) : undefined;
  };

  render(props: AhaProps) {
    const { locale } = props;
    return (
      <div class="kit aha" dir={direction(locale)} lang={locale}>
        <Card title={props.title} body={props.body} locale={locale} onDismiss={props.onDismiss}>
          <MilestoneBar {...props} />
          <Badges {...props} />
          <Celebration {...props} />
        </Card>
        <Announcer source={props.reached} say={this.say} />
      </div>
    );
  }
}
