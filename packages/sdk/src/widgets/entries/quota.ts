// The lazily loaded quota chunk: the widget's `mount`, `signal` from the copy of @preact/signals it renders with, and
// core's quotaPrompt, which only this widget needs: the first script stays within its byte budget.
export { mount } from '@growthkit/widgets/quota';
export { signal } from '@preact/signals';
export { quotaPrompt } from '@growthkit/core';
