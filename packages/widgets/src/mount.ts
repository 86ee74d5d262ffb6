import { h, render, type ComponentType } from 'preact';
import { ErrorBoundary } from './error-boundary.ts';
import { kitStylesheet } from './kit-stylesheet.ts';
import type { Theme } from './theme/theme.ts';

export interface MountOptions {
  theme?: Theme;
  /** a render error: the widget has already removed itself */
  onError?(error: unknown): void;
}

/**
 * A widget on the page. Nothing renders it again from outside: what changes reaches it as signals in its props, which
 * its parts read and follow in place.
 */
export interface MountedWidget {
  unmount(): void;
}

export type Mount<P> = (root: ShadowRoot, props: P, options?: MountOptions) => MountedWidget;

function sheet(css: string): CSSStyleSheet {
  const constructed = new CSSStyleSheet();
  constructed.replaceSync(css);
  return constructed;
}

let kitSheet: CSSStyleSheet | undefined;

/**
 * Binds a component to the kit's shared sheet and to `css`, its own. Styles go in as constructed stylesheets, never a
 * <style> element, so a strict CSP without 'unsafe-inline' holds; one sheet object is shared by every mount.
 */
export function mountWidget<P>(Component: ComponentType<P>, css: string): Mount<P> {
  let widgetSheet: CSSStyleSheet | undefined;
  return (root, props, options = {}) => {
    const host = root.host as HTMLElement;
    let sheets: CSSStyleSheet[] = [];
    let mounted = true;
    const unmount = () => {
      if (!mounted) return;
      mounted = false;
      render(null, root);
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => !sheets.includes(adopted));
      host.removeAttribute('data-theme');
    };
    const fail = (error: unknown) => {
      try {
        (options.onError ?? console.error)(error);
      } catch {
        // the host's error handler failing must not break the host either
      }
      // Preact is mid-render when the boundary reports; unmount once it is done.
      setTimeout(unmount);
    };
    try {
      kitSheet ??= sheet(kitStylesheet);
      widgetSheet ??= sheet(css);
      sheets = [kitSheet, widgetSheet];
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
      host.dataset.theme = options.theme ?? 'auto';
      render(h(ErrorBoundary, { onError: fail }, h(Component as ComponentType<object>, props as object)), root);
    } catch (error) {
      fail(error);
    }
    return { unmount };
  };
}
