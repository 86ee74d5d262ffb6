import type { evalCondition, EvaluationContext, ValueCounts } from '@growthkit/core';
import type { HostEventName, HostEvents, Theme } from '../api.ts';
import type { WidgetState } from '../state/widget-state.ts';
import type { LoadWidget } from './widget-module.ts';

/** What a widget controller may use of the runtime; kept narrow so controllers are testable alone. */
export interface WidgetContext {
  locale: string;
  theme?: Theme;
  zIndex: number;
  /** core's evalCondition, the first script's copy: a widget chunk that imported core's would carry a second one */
  evalCondition: typeof evalCondition;
  eventCount(event: string): number;
  /** user traits, with the account's under `account`: trait metrics and `{{user.*}}` placeholders read them */
  attributes(): Record<string, unknown>;
  /** core's evaluation context (buildContext): traits, `account`, `computed`, `counters`, `usage`, … */
  evaluation(): EvaluationContext;
  /** whether the host registered an `on(name, …)` handler */
  handles(name: HostEventName): boolean;
  /** per-day event counts in the user's time zone for value summaries (see ValueLedger) */
  valueCounts(): ValueCounts;
  /** today's calendar day in the user's time zone ("YYYY-MM-DD", core's dayKey, which the first script carries anyway) */
  today(): string;
  state: WidgetState;
  /** records a widget event (`gk.shown`, …) for the collector */
  emit(name: string, campaignId: string, props?: Record<string, unknown>): void;
  /** calls the host's `on(name, …)` handlers */
  notify<K extends HostEventName>(name: K, payload: HostEvents[K]): void;
  loadWidget: LoadWidget;
  navigate(url: string): void;
  warn(kind: string, message: string): void;
  now(): string;
}
