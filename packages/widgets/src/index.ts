export type { ChecklistProps, ChecklistStepView } from './checklist/props.ts';
export { intlLocale } from './i18n/intl-locale.ts';
export { mountWidget, type Mount, type MountedWidget, type MountOptions } from './mount.ts';
export type { AhaMilestoneView, AhaProps } from './aha/props.ts';
export type { ValueSummaryProps, ValueSummaryView } from './value-summary/props.ts';
export type { QuotaProps, QuotaUsage } from './quota/props.ts';
export type { UpsellOfferView, UpsellProps } from './upsell/props.ts';
