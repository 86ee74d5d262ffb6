// The lazily loaded debug panel chunk (init({ debug: true }) or ?growthkit_debug=1): its `mount`, plus `signal`
// from the copy of @preact/signals it renders with (see WidgetModule).
export { mount } from '@growthkit/widgets/debug-panel';
export { signal } from '@preact/signals';
