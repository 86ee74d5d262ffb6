// The lazily loaded upsell chunk: the widget's `mount`, `signal` from the copy of @preact/signals it renders with, and
// the offer choice (core's chooseOffer), which only this widget needs: the first script stays within its byte budget.
export { mount } from '@growthkit/widgets/upsell';
export { signal } from '@preact/signals';
export { chooseOffer } from '@growthkit/core';
