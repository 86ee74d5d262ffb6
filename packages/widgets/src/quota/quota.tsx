import { h } from 'preact';
import { CloseButton } from '../close-button.tsx';
import { Dialog } from '../dialog/dialog.tsx';
import { format } from '../i18n/strings.ts';
import { direction } from '../i18n/direction.ts';
import { Icon, ICON } from '../icon.tsx';
import { formatDays, usageAmounts } from './amounts.ts';
import type { QuotaProps } from './props.ts';
import { quotaStrings } from './strings.ts';

/** a gauge: the prompt is about a meter running full */
const GAUGE = 'M2.5 11.5a5.5 5.5 0 1 1 11 0M8 11.5l2.5-3.5M8 11.5h.01';

/**
 * The quota prompt: a banner at the warn threshold that never takes focus, and at the limit a modal dialog with what
 * the next plan unlocks. It renders the part `show` names; nothing when that is "none".
 */
export function Quota(props: QuotaProps) {
  const { locale, label, title, body, plan, trialDays, show, onUpgrade, onTrial, onDismiss } = props;
  const { used, limit } = props.usage;
  const t = quotaStrings(locale);
  const usedText = format(t.used, locale, usageAmounts(locale, used, limit, props.unit));
  const max = limit > 0 ? limit : 1;
  const now = Math.min(Math.max(used, 0), max);
  const named = { plan: plan.name };
  const closeDialog = () => onDismiss('limit');
  // The banner and the dialog show the same usage line and bar (one at a time, so the ids stay unique); the bar is a
  // `meter` in ARIA terms, named by the line's label, with the amounts in words for screen readers.
  const usage = (
    <p class="gk-usage">
      <strong id="gk-quota-label">{label}</strong> <span>{usedText}</span>
    </p>
  );
  const meter = (
    <div class="gk-bar gk-meter" role="meter" aria-labelledby="gk-quota-label" aria-valuemin={0} aria-valuemax={max} aria-valuenow={now} aria-valuetext={usedText}>
      <div class="gk-fill" style={{ width: `${(now / max) * 100}%` }} />
    </div>
  );
  const gauge = (
    <span class="gk-gauge">
      <Icon d={GAUGE} />
    </span>
  );

  return (
    <div class="gk gk-quota" dir={direction(locale)} lang={locale}>
      {show === 'banner' && (
        <section class={limit > 0 && used >= limit ? 'gk-card gk-banner gk-full' : 'gk-card gk-banner'} aria-labelledby="gk-quota-label">
          {gauge}
          {usage}
          {meter}
          <button class="gk-btn gk-primary" onClick={onUpgrade}>
            {t.upgrade}
          </button>
          <CloseButton locale={locale} onClick={() => onDismiss('warn')} />
        </section>
      )}
      {show === 'dialog' && (
        <Dialog labelledBy="gk-quota-title" describedBy={body && 'gk-quota-body'} onClose={closeDialog}>
          <CloseButton label={t.close} locale={locale} onClick={closeDialog} />
          {gauge}
          <h2 id="gk-quota-title" class="gk-title">
            {title}
          </h2>
          {body && (
            <p id="gk-quota-body" class="gk-body">
              {body}
            </p>
          )}
          {usage}
          {meter}
          <h3 class="gk-includes">{format(t.includes, locale, named)}</h3>
          <ul class="gk-unlocks">
            {plan.unlocks.map((unlock) => (
              <li>
                <Icon d={ICON.check} />
                {unlock}
              </li>
            ))}
          </ul>
          <div class="gk-choices">
            <button class="gk-btn gk-primary" onClick={onUpgrade}>
              {format(t.upgradeTo, locale, named)}
            </button>
            {trialDays !== undefined && (
              <button class="gk-btn" onClick={onTrial}>
                {format(t.trial, locale, { days: formatDays(locale, trialDays) })}
              </button>
            )}
            <button class="gk-btn gk-quiet" onClick={closeDialog}>
              {t.notNow}
            </button>
          </div>
        </Dialog>
      )}
      <p class="gk-sr" role="status">
        {show === 'banner' ? `${label}: ${usedText}` : ''}
      </p>
    </div>
  );
}
