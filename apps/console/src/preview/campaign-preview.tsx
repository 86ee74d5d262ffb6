import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { applyVariant, describeConditionFailure, explainCondition, type Campaign, type CampaignOf, type WidgetType } from '@growthkit/core';
import type { MountedWidget, MountOptions } from '@growthkit/widgets';
import { Field } from '../ui/field.tsx';
import { scheme } from '../ui/theme-switch.tsx';
import { PREVIEW_PERSONAS, type PreviewPersonaKey } from './preview-personas.ts';
import { keepKeyboardOnPage, mountWithoutFocus } from './stage-keyboard.ts';
import { attributesOf, type PreviewScene } from './widget-preview.ts';
import { WIDGET_PREVIEWS } from './widget-previews.ts';

const THEMES = ['light', 'dark'] as const;
const LOCALES = [
  { tag: 'en', label: 'English' },
  { tag: 'zh-CN', label: '简体中文' },
] as const;

/** The preview's choices live in the URL's query, so a preview can be linked to as it is. */
function useQueryChoice<T extends string>(name: string, options: readonly T[], fallback: T): [T, (value: T) => void] {
  const read = () => {
    const value = new URLSearchParams(location.search).get(name) as T | null;
    return value !== null && options.includes(value) ? value : fallback;
  };
  const [value, setValue] = useState(read);
  const choose = (next: T) => {
    const query = new URLSearchParams(location.search);
    query.set(name, next);
    history.replaceState(null, '', `${location.pathname}?${query}`);
    setValue(next);
  };
  return [value, choose];
}

/**
 * Mounts the real widget in a shadow root of its own, again whenever the campaign or the scene changes. Each mount gets
 * a fresh element, so a mount still loading when the next starts can never touch the next one's root.
 */
function WidgetStage({ campaign, scene, theme }: { campaign: Campaign; scene: PreviewScene; theme: 'light' | 'dark' }) {
  const stage = useRef<HTMLElement>(null);
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    const element = document.createElement('div');
    element.className = 'stage-host';
    element.dataset.growthkitPreview = campaign.widget.type;
    stage.current!.append(element);
    const preview = WIDGET_PREVIEWS[campaign.widget.type] as (typeof WIDGET_PREVIEWS)[WidgetType];
    const show = preview.show as (
      root: ShadowRoot,
      campaign: CampaignOf<WidgetType>,
      scene: PreviewScene,
      options: MountOptions,
    ) => Promise<MountedWidget>;
    let mounted: MountedWidget | undefined;
    let current = true;
    setFailure(undefined);
    const onError = (error: unknown) => setFailure(`The widget failed to render: ${(error as Error).message}`);
    const root = element.attachShadow({ mode: 'open' });
    mountWithoutFocus(element, () => show(root, campaign as CampaignOf<WidgetType>, scene, { theme, onError })).then((widget) => {
      mounted = widget;
      if (!current) widget.unmount();
    }, onError);
    return () => {
      current = false;
      mounted?.unmount();
      element.remove();
    };
  }, [campaign, scene, theme]);
  useEffect(() => keepKeyboardOnPage(stage.current!), []);
  return (
    <div class={`stage stage-${theme}`}>
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      <section ref={stage} class="stage-slot" tabIndex={-1} aria-label="The widget as previewed" />
    </div>
  );
}

/** The campaign as a chosen persona would see it, through the real widget, in a variant, a theme and a locale. */
export function CampaignPreview({ campaign }: { campaign: Campaign }) {
  const variants = ['control', ...(campaign.experiment?.variants.map((variant) => variant.key) ?? [])];
  const [variant, setVariant] = useQueryChoice('variant', [...new Set(variants)], 'control');
  const [personaKey, setPersona] = useQueryChoice('persona', Object.keys(PREVIEW_PERSONAS) as PreviewPersonaKey[], 'trial');
  const [locale, setLocale] = useQueryChoice(
    'locale',
    LOCALES.map((option) => option.tag),
    'en',
  );
  const [theme, setTheme] = useQueryChoice('theme', THEMES, scheme.value);
  const [scene, setScene] = useState<PreviewScene>();
  useEffect(() => setScene({ locale, persona: PREVIEW_PERSONAS[personaKey], now: new Date() }), [locale, personaKey]);
  const applied = applyVariant(campaign, variant);
  const failure = scene && explainCondition(attributesOf(scene), campaign.audience);
  const select = (event: Event) => (event.currentTarget as HTMLSelectElement).value;

  return (
    <div class="preview">
      <div class="preview-controls">
        <Field id="preview-persona" label="Persona">
          {(control) => (
            <select {...control} value={personaKey} onChange={(event) => setPersona(select(event) as PreviewPersonaKey)}>
              {Object.entries(PREVIEW_PERSONAS).map(([key, persona]) => (
                <option key={key} value={key}>
                  {persona.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="preview-variant" label="Variant">
          {(control) => (
            <select {...control} value={variant} onChange={(event) => setVariant(select(event))} disabled={variants.length === 1}>
              {[...new Set(variants)].map((key) => (
                <option key={key} value={key}>
                  {key}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="preview-locale" label="Language">
          {(control) => (
            <select {...control} value={locale} onChange={(event) => setLocale(select(event) as typeof locale)}>
              {LOCALES.map((option) => (
                <option key={option.tag} value={option.tag} lang={option.tag}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset class="segmented">
          <legend>Theme</legend>
          {THEMES.map((option) => (
            <label key={option}>
              <input type="radio" name="preview-theme" value={option} checked={theme === option} onChange={() => setTheme(option)} />
              {option === 'light' ? 'Light' : 'Dark'}
            </label>
          ))}
        </fieldset>
      </div>
      <p class={failure ? 'notice notice-warn' : 'notice notice-ok'} role="status">
        {failure
          ? `This persona is outside the audience (${describeConditionFailure(failure)}): shown here anyway, it would not see it.`
          : 'This persona is in the audience: it would see this campaign.'}
      </p>
      {!applied.ok && (
        <p class="error" role="alert">
          {applied.message}
        </p>
      )}
      {applied.ok && scene && <WidgetStage campaign={applied.campaign} scene={scene} theme={theme} />}
    </div>
  );
}
