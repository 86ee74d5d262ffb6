import { h } from 'preact';
import { CallToAction } from '../call-to-action.tsx';
import { Card } from '../card.tsx';
import { direction } from '../i18n/direction.ts';
import { Contributors } from './contributors.tsx';
import { Periods } from './periods.tsx';
import type { ValueSummaryProps } from './props.ts';
import { Total } from './total.tsx';

/**
 * "This month you saved 15 hours": the total for a period, the change from the period before, and the top
 * contributors. This root renders once; the headline is bound to its signals and the parts follow the summary.
 */
export function ValueSummary(props: ValueSummaryProps) {
  const { locale, cta } = props;
  return (
    <div class="kit value-summary" dir={direction(locale)} lang={locale}>
      <Card title={props.title} body={props.body} locale={locale} onDismiss={props.onDismiss}>
        {props.periods.length > 1 && <Periods {...props} />}
        <Total {...props} />
        <Contributors {...props} />
        {/* a URL that could run script gets no button at all */}
        {cta && <CallToAction class="btn" action={cta} onClick={props.onCta} dropUnsafe />}
      </Card>
    </div>
  );
}
