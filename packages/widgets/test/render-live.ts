import { render } from '@testing-library/preact';
import { h, type ComponentType } from 'preact';
import type { LiveProps } from './live-props.ts';

/** Renders `Component` into the test document, and again with the new props on every `set` (testing-library). */
export function renderLive<P extends object>(Component: ComponentType<P>, props: LiveProps<P>) {
  const view = render(h(Component, props));
  props.listen((next) => view.rerender(h(Component, next)));
  return view;
}
