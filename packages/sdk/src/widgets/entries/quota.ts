/** The lazily loaded quota chunk: the widget's mount and its type's logic, which the runtime's controller drives. */
export { mount } from '@growthkit/widgets/quota';
export { quotaController as controller } from '../quota-controller.ts';
