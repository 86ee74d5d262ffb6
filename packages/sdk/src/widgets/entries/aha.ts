// The lazily loaded aha-progress chunk: the widget's `mount`, plus `signal` from the copy of
// @preact/signals it renders with, so the runtime's signals drive it (see WidgetModule).
export { mount } from '@growthkit/widgets/aha';
export { signal } from '@preact/signals';
