/** The lazily loaded renewal chunk: the widget's mount, its type's logic, and the generic controller that drives it. */
export { mount } from '@growthkit/widgets/renewal';
export { renewalController as controller } from '../renewal-controller.ts';
export { createWidgetController } from '../widget-controller.ts';
export { createImpressions } from '../impression.ts';
