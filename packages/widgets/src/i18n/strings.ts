import * as aha from '../aha/strings.ts';
import * as checklist from '../checklist/strings.ts';
import * as quota from '../quota/strings.ts';
import * as upsell from '../upsell/strings.ts';
import * as valueSummary from '../value-summary/strings.ts';

/**
 * The kit's UI strings, one section per widget (each widget's own file beside it). Campaign texts arrive already
 * localised; these are the chrome around them. One table in the shared chunk, like the stylesheet (byte budget, SPEC
 * §11): about 140 B gzip less in all than one table per widget chunk, though the first widget on a page brings the
 * others' strings (≈880 B gzip) with it.
 */
const en = {
  dismiss: 'Dismiss',
  checklist: checklist.en,
  aha: aha.en,
  quota: quota.en,
  upsell: upsell.en,
  valueSummary: valueSummary.en,
};

export type Strings = typeof en;

const zh: Strings = {
  dismiss: '关闭',
  checklist: checklist.zh,
  aha: aha.zh,
  quota: quota.zh,
  upsell: upsell.zh,
  valueSummary: valueSummary.zh,
};

const byLanguage: Record<string, Strings> = { en, zh };

/** The strings for a locale's language, else English: "zh-TW" gets the Chinese there is rather than English. */
export const strings = (locale: string): Strings => byLanguage[locale.split('-')[0].toLowerCase()] ?? en;
