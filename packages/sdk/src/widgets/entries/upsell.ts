/** The lazily loaded upsell chunk: the widget's mount and its type's logic, which the runtime's controller drives. */
export { mount } from '@growthkit/widgets/upsell';
export { upsellController as controller } from '../upsell-controller.ts';
