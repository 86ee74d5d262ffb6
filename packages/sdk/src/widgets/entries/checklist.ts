// The lazily loaded checklist chunk: the widget's `mount`, plus `signal` from the copy of
// @preact/signals it renders with, so the runtime's signals drive it (see WidgetModule).
export { mount } from '@growthkit/widgets/checklist';
export { signal } from '@preact/signals';
