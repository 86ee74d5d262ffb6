// The lazily loaded value-summary chunk: the widget's `mount`, plus `signal` from the copy of
// @preact/signals it renders with, so the runtime's signals drive it (see WidgetModule).
export { mount } from '@growthkit/widgets/value-summary';
export { signal } from '@preact/signals';
