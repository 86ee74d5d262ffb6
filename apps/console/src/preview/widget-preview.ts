import { buildContext, fillPlaceholders, localize, type CampaignInput, type CampaignOf, type Text, type WidgetType } from '@growthkit/core';
import type { MountedWidget, MountOptions } from '@growthkit/widgets';
import type { PreviewPersona } from './preview-personas.ts';

/** What a preview is rendered for: the reader's locale and a persona's traits, meters and events, now. */
export interface PreviewScene {
  locale: string;
  persona: PreviewPersona;
  now: Date;
}

/**
 * How the console previews one widget type: its name, the settings a new campaign of the type starts from, and
 * `show`, which loads the real widget (@growthkit/widgets/<type>) and mounts it with props built from the campaign as
 * the runtime would build them for this persona.
 */
export interface WidgetPreview<Type extends WidgetType> {
  label: string;
  starter: Extract<CampaignInput['widget'], { type: Type }>;
  show(root: ShadowRoot, campaign: CampaignOf<Type>, scene: PreviewScene, options: MountOptions): Promise<MountedWidget>;
}

/** The attributes conditions see for the persona (core's buildContext). */
export const attributesOf = (scene: PreviewScene) =>
  buildContext({ traits: scene.persona.traits, usage: scene.persona.usage, now: scene.now, locale: scene.locale });

/** A campaign text as the persona reads it: localised, `{{user.*}}` filled from the persona's traits. */
export const textFor =
  (scene: PreviewScene, extra: Record<string, unknown> = {}) =>
  (text: Text): string =>
    fillPlaceholders(localize(text, scene.locale), { user: scene.persona.traits, ...extra }, (n) => n.toLocaleString(scene.locale));

const DAY = 86_400_000;

/** The persona's events of the last 30 days, spread one a day from today back, as value summaries count them. */
export const recentEvents = (scene: PreviewScene) =>
  Object.entries(scene.persona.events).flatMap(([name, count]) =>
    Array.from({ length: count }, (_, i) => ({ name, ts: new Date(scene.now.getTime() - (i % 30) * DAY).toISOString() })),
  );
