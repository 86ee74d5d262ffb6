/** The lazily loaded aha chunk: the widget's mount and its type's logic, which the runtime's controller drives. */
export { mount } from '@growthkit/widgets/aha';
export { ahaController as controller } from '../aha-controller.ts';
