/** The lazily loaded survey chunk: the widget's mount, its type's logic, and the generic controller that drives it. */
export { mount } from '@growthkit/widgets/survey';
export { surveyController as controller } from '../survey-controller.ts';
export { createWidgetController } from '../widget-controller.ts';
export { createImpressions } from '../impression.ts';
