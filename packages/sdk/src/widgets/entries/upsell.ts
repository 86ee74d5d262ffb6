/** The lazily loaded upsell chunk: the widget's mount, its type's logic, and the generic controller that drives it. */
export { mount } from '@growthkit/widgets/upsell';
export { upsellController as controller } from '../upsell-controller.ts';
export { createWidgetController } from '../widget-controller.ts';
export { createImpressions } from '../impression.ts';
