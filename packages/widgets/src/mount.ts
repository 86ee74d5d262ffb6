import { h, options as preactOptions, render, type ComponentType } from 'preact';
import { stepAsideFromFocus } from './corner-aside.ts';
import { ErrorBoundary } from './error-boundary.ts';
import { englishTexts } from './i18n/english-texts.ts';
import kitStylesheet from './theme/theme.css?inline';
import type { Theme } from './theme/theme.ts';

export interface MountOptions {
  theme?: Theme;
  /** an error in the widget's render, an effect or an event handler: the widget has already removed itself */
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

/** each mounted widget's shadow root, with its failure: what a throwing event handler in it does */
const failures = new WeakMap<Node, (error: unknown) => void>();

/**
 * Error boundaries catch a render's and an effect's errors, never an event handler's: those would reach the host's
 * window.onerror. So every DOM element's `on…` handler runs inside a catch, and one that throws in a widget fails that
 * widget like a render error. A handler of another tree sharing this Preact (the console's UI) throws as before.
 * An element whose text is a campaign text shown in English in a widget of another language (englishTexts) gets
 * lang="en"; among other children, such a text gets a span of its own.
 */
const previousVnode = preactOptions.vnode;
preactOptions.vnode = (vnode) => {
  const props = vnode.props as Record<string, unknown>;
  if (typeof vnode.type === 'string') {
    const { children } = props;
    if (englishTexts.has(children as string)) props.lang = 'en';
    if (Array.isArray(children))
      props.children = children.map((child) => (englishTexts.has(child) ? h('span', { lang: 'en' }, child) : child));
    for (const name in props) {
      const handler = props[name];
      if (name.startsWith('on') && typeof handler === 'function') {
        props[name] = function (this: unknown, event: Event) {
          try {
            return handler.call(this, event);
          } catch (error) {
            const fail = failures.get((event.currentTarget as Node | null)?.getRootNode() as Node);
            if (!fail) throw error;
            fail(error);
          }
        };
      }
    }
  }
  previousVnode?.(vnode);
};

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
    const watching = new AbortController();
    if (host.matches('[data-growthkit-widget^=corner]')) stepAsideFromFocus(host, watching.signal);
    const unmount = () => {
      if (!mounted) return;
      mounted = false;
      watching.abort();
      failures.delete(root);
      render(null, root);
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => !sheets.includes(adopted));
      host.removeAttribute('data-theme');
      host.removeAttribute('data-aside');
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
      failures.set(root, fail);
      render(h(ErrorBoundary, { onError: fail }, h(Component as ComponentType<object>, props as object)), root);
    } catch (error) {
      fail(error);
    }
    return { unmount };
  };
}
