// The lazily loaded upsell chunk: the widget's `mount`, plus `signal` from the copy of @preact/signals it renders with.
export { mount } from '@growthkit/widgets/upsell';
export { signal } from '@preact/signals';
