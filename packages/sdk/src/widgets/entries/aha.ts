/** The lazily loaded aha chunk: the widget's mount, its type's logic, and the generic controller that drives it. */
export { mount } from '@growthkit/widgets/aha';
export { ahaController as controller } from '../aha-controller.ts';
export { createWidgetController } from '../widget-controller.ts';
export { createImpressions } from '../impression.ts';
