// The targeting chunk (see LoadTargeting): not a widget, but built and served next to them.
export { decideOnDevice } from '../../campaigns/decide-on-device.ts';
export { buildContext } from '@growthkit/core';
