import { h } from 'preact';
import { CloseButton } from '../close-button.tsx';
import { Dialog } from '../dialog/dialog.tsx';
import { direction } from '../i18n/direction.ts';
import { format } from '../i18n/strings.ts';
import { Icon, ICON } from '../icon.tsx';
import { formatDays, usageAmounts } from './amounts.ts';
import type { QuotaProps } from './props.ts';
import { quotaStrings } from './strings.ts';

/** a gauge: the prompt is about a meter running full */
const GAUGE = 'M2.5 11.5a5.5 5.5 0 1 1 11 0M8 11.5l2.5-3.5M8 11.5h.01';

interface MeterProps {
  labelledBy: string;
  used: number;
  limit: number;
  text: string;
}

/** The usage bar; a `meter` in ARIA terms, with the amounts in words for screen readers. */
function Meter({ labelledBy, used, limit, text }: MeterProps) {
  const max = limit > 0 ? limit : 1;
  const now = Math.min(Math.max(used, 0), max);
  return (
    <div class="gk-bar gk-meter" role="meter" aria-labelledby={labelledBy} aria-valuemin={0} aria-valuemax={max} aria-valuenow={now} aria-valuetext={text}>
      <div class="gk-fill" style={{ width: `${(now / max) * 100}%` }} />
    </div>
  );
}

/**
 * The quota prompt: a banner at the warn threshold that never takes focus, and at the limit a modal dialog with what
 * the next plan unlocks. It renders the part `show` names; nothing when that is "none".
 */
export function Quota(props: QuotaProps) {
  const { locale, label, plan, trialDays, show } = props;
  const { used, limit } = props.usage;
  const t = quotaStrings(locale);
  const usedText = format(t.used, locale, usageAmounts(locale, used, limit, props.unit));
  const full = limit > 0 && used >= limit;
  const meter = (labelledBy: string) => <Meter labelledBy={labelledBy} used={used} limit={limit} text={usedText} />;

  return (
    <div class="gk gk-quota" dir={direction(locale)} lang={locale}>
      {show === 'banner' && (
        <section class={`gk-card gk-banner${full ? ' gk-full' : ''}`} aria-labelledby="gk-quota-label">
          <span class="gk-gauge" aria-hidden="true">
            <Icon d={GAUGE} />
          </span>
          <p class="gk-banner-text">
            <strong id="gk-quota-label">{label}</strong> <span>{usedText}</span>
          </p>
          {meter('gk-quota-label')}
          <button class="gk-btn gk-primary" onClick={() => props.onUpgrade()}>
            {t.upgrade}
          </button>
          <CloseButton label={t.dismiss} onClick={() => props.onDismiss('banner')} />
        </section>
      )}
      {show === 'dialog' && (
        <Dialog labelledBy="gk-quota-title" describedBy={props.body ? 'gk-quota-body' : undefined} onClose={() => props.onDismiss('dialog')}>
          <CloseButton class="gk-close" label={t.close} onClick={() => props.onDismiss('dialog')} />
          <span class="gk-gauge gk-full" aria-hidden="true">
            <Icon d={GAUGE} />
          </span>
          <h2 id="gk-quota-title" class="gk-title">
            {props.title}
          </h2>
          {props.body && (
            <p id="gk-quota-body" class="gk-body">
              {props.body}
            </p>
          )}
          <div class="gk-usage">
            <span id="gk-quota-meter">{label}</span>
            <span>{usedText}</span>
          </div>
          {meter('gk-quota-meter')}
          <h3 class="gk-includes">{format(t.includes, locale, { plan: plan.name })}</h3>
          <ul class="gk-unlocks">
            {plan.unlocks.map((unlock) => (
              <li key={unlock}>
                <Icon d={ICON.check} />
                {unlock}
              </li>
            ))}
          </ul>
          <div class="gk-choices">
            <button class="gk-btn gk-primary" onClick={() => props.onUpgrade()}>
              {format(t.upgradeTo, locale, { plan: plan.name })}
            </button>
            {trialDays !== undefined && (
              <button class="gk-btn" onClick={() => props.onTrial()}>
                {format(t.trial, locale, { days: formatDays(locale, trialDays) })}
              </button>
            )}
            <button class="gk-btn gk-quiet" onClick={() => props.onDismiss('dialog')}>
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
