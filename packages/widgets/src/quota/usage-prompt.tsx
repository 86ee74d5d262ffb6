import { Fragment, h } from 'preact';
import { CloseButton } from '../close-button.tsx';
import { Dialog } from '../dialog/dialog.tsx';
import { format } from '../i18n/format.ts';
import { Icon, ICON } from '../icon.tsx';
import { formatDays, usageAmounts } from './amounts.ts';
import { BannerStatus } from './banner-status.tsx';
import type { QuotaProps } from './props.ts';
import { strings } from './strings.ts';

/** a gauge: the prompt is about a meter running full */
const GAUGE = 'M2.5 11.5a5.5 5.5 0 1 1 11 0M8 11.5l2.5-3.5M8 11.5h.01';

/** The part of the prompt `show` names, with the meter now: the banner, the dialog, or nothing. */
export function UsagePrompt(props: QuotaProps) {
  const { locale, label, title, body, plan, trialDays, onUpgrade, onTrial, onDismiss } = props;
  const show = props.show.value;
  const { used, limit } = props.usage.value;
  const t = strings(locale);
  const usedText = format(t.used, locale, usageAmounts(locale, used, limit, props.unit));
  const max = limit > 0 ? limit : 1;
  const now = Math.min(Math.max(used, 0), max);
  const named = { plan: plan.name };
  const closeDialog = () => onDismiss('limit');
  const banner = show === 'banner';
  const level = limit > 0 && used >= limit ? 'full' : 'warn';
  // The banner and the dialog show the same usage line and bar (one at a time, so the ids stay unique); the bar is a
  // <meter>, named by the line's label, with the amounts in words for screen readers. Its aria-value* say what its
  // min, max and value say, for the tools that read only ARIA attributes.
  const usage = (
    <p class="usage">
      <strong id="label">{label}</strong> <span>{usedText}</span>
    </p>
  );
  const meter = (
    <meter
      class="meter"
      min={0}
      max={max}
      value={now}
      aria-labelledby="label"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={now}
      aria-valuetext={usedText}
    />
  );
  const gauge = (
    <span class="gauge">
      <Icon d={GAUGE} />
    </span>
  );

  return (
    <>
      {banner && (
        <section class={`card banner ${level}`} aria-labelledby="label">
          {gauge}
          {usage}
          {meter}
          <button class="btn primary" onClick={onUpgrade}>
            {t.upgrade}
          </button>
          <CloseButton locale={locale} onClick={() => onDismiss('warn')} />
        </section>
      )}
      {show === 'dialog' && (
        <Dialog labelledBy="title" describedBy={body && 'body'} onClose={closeDialog}>
          <CloseButton label={t.close} locale={locale} onClick={closeDialog} />
          {gauge}
          <h2 id="title" class="title">
            {title}
          </h2>
          {body && (
            <p id="body" class="body">
              {body}
            </p>
          )}
          {usage}
          {meter}
          <h3 class="includes">{format(t.includes, locale, named)}</h3>
          <ul class="unlocks">
            {plan.unlocks.map((unlock) => (
              <li>
                <Icon d={ICON.check} />
                {unlock}
              </li>
            ))}
          </ul>
          <div class="choices">
            <button class="btn primary" onClick={onUpgrade}>
              {format(t.upgradeTo, locale, named)}
            </button>
            {trialDays !== undefined && (
              <button class="btn" onClick={onTrial}>
                {format(t.trial, locale, { days: formatDays(locale, trialDays) })}
              </button>
            )}
            <button class="btn quiet" onClick={closeDialog}>
              {t.notNow}
            </button>
          </div>
        </Dialog>
      )}
      <BannerStatus text={format(t.said, locale, { label, used: usedText })} level={banner && level} />
    </>
  );
}
