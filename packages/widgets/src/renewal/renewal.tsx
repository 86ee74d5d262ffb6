import { h } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import type { RenewalProps } from './props.ts';
import { Recap } from './recap.tsx';
import { strings } from './strings.ts';

/**
 * The renewal prompt before renewal (the value recap, what is new, one offer) and the win-back after a lapse (what is
 * new, one offer); nothing while the runtime has no prompt for this user.
 */
export function Renewal({ locale, view, onAccept, onDismiss }: RenewalProps) {
  const prompt = view.value;
  if (!prompt) return null;
  const { recap, news, offer } = prompt;
  return (
    <div class="kit renewal" dir={direction(locale)} lang={locale}>
      <Card title={prompt.title} body={prompt.body} locale={locale} onDismiss={onDismiss}>
        {recap && <Recap recap={recap} locale={locale} />}
        {news.length > 0 && <h3 class="sub">{strings(locale).news}</h3>}
        <ul class="news">
          {news.map((item) => (
            <li key={item.title}>
              <strong>{item.title}</strong> {item.body}
            </li>
          ))}
        </ul>
        {offer && (
          <div class="offer">
            <h3>{offer.title}</h3>
            <p>{offer.body}</p>
            <CallToAction class="btn primary" action={offer.accept} onClick={() => onAccept(offer.id)} />
          </div>
        )}
      </Card>
    </div>
  );
}
