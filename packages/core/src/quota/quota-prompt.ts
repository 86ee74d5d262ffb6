import type { UsageMeter } from '../context/usage-meter-schema.ts';
import type { QuotaWidget } from '../widget/quota.ts';

export type QuotaLevel = 'none' | 'warn' | 'limit';

export interface QuotaPrompt {
  /** where usage stands against the thresholds */
  level: QuotaLevel;
  /** what is on screen: the limit dialog, the banner (warn level, or limit with the dialog dismissed), or nothing */
  show: 'none' | 'banner' | 'dialog';
}

const HOUR = 3_600_000;

function quotaLevel(ratio: number, widget: Pick<QuotaWidget, 'warnAt' | 'limitAt'>): QuotaLevel {
  if (ratio >= widget.limitAt) return 'limit';
  if (ratio >= widget.warnAt) return 'warn';
  return 'none';
}

/**
 * What the quota prompt shows for a meter. `dismissals` are the campaign's (`warn` → the banner, `limit` → the dialog);
 * a dismissal keeps its part away for `remindAfterHours`. A dismissed dialog falls back to the banner, so a user at a
 * hard limit still has the way to upgrade in view. Under `warnAt` nothing shows, whatever was dismissed.
 */
export function quotaPrompt(
  meter: UsageMeter | undefined,
  widget: Pick<QuotaWidget, 'warnAt' | 'limitAt' | 'remindAfterHours'>,
  dismissals: Readonly<Record<string, string>> = {},
  now: Date,
): QuotaPrompt {
  const ratio = meter && meter.limit > 0 ? meter.used / meter.limit : 0;
  const level = quotaLevel(ratio, widget);
  const away = (part: string) => {
    const at = Date.parse(dismissals[part] ?? '');
    return at + widget.remindAfterHours * HOUR > now.getTime();
  };
  let show: QuotaPrompt['show'] = 'none';
  if (level === 'limit' && !away('limit')) show = 'dialog';
  else if (level !== 'none' && !away('warn')) show = 'banner';
  return { level, show };
}
