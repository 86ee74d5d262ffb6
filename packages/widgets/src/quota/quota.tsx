import { h } from 'preact';
import { direction } from '../i18n/direction.ts';
import type { QuotaProps } from './props.ts';
import { UsagePrompt } from './usage-prompt.tsx';

/**
 * The quota prompt: a banner at the warn threshold that never takes focus, and at the limit a modal dialog with what
 * the next plan unlocks. This root renders once; the prompt inside follows the meter and what shows.
 */
export function Quota(props: QuotaProps) {
  const { locale } = props;
  return (
    <div class="kit quota" dir={direction(locale)} lang={locale}>
      <UsagePrompt {...props} />
    </div>
  );
}
