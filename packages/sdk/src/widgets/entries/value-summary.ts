/** The lazily loaded value-summary chunk: the widget's mount and its type's logic, which the runtime's controller drives. */
export { mount } from '@growthkit/widgets/value-summary';
export { valueSummaryController as controller } from '../value-summary-controller.ts';
