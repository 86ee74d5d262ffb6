import aha from './aha/aha.css?inline';
import checklist from './checklist/checklist.css?inline';
import dialog from './dialog/dialog.css?inline';
import quota from './quota/quota.css?inline';
import base from './theme/theme.css?inline';
import upsell from './upsell/upsell.css?inline';
import valueSummary from './value-summary/value-summary.css?inline';

/**
 * The kit's one stylesheet: the base sheet, then each widget's rules, scoped by the widget's root class where they
 * restyle a shared part. Byte budget (SPEC §11, everything ≤ 30 KB): the sheets are alike and compress to about 1.4 KB
 * less together than one per widget chunk; the first widget on a page brings the others' rules (≈1 KB gzip) with it.
 * No widget's rule ties another widget's at equal specificity, so their order is free: this one compresses best.
 */
export const stylesheet = base + aha + upsell + dialog + quota + valueSummary + checklist;
