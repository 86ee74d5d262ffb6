/** The lazily loaded cancel-flow chunk: the widget's mount, its type's logic, and the generic controller that drives it. */
export { mount } from '@growthkit/widgets/cancel-flow';
export { cancelFlowController as controller } from '../cancel-flow-controller.ts';
export { createWidgetController } from '../widget-controller.ts';
export { createImpressions } from '../impression.ts';
