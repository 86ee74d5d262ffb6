// The lazily loaded quota chunk: the widget's `mount`, plus `signal` from the copy of @preact/signals it renders with.
export { mount } from '@growthkit/widgets/quota';
export { signal } from '@preact/signals';
