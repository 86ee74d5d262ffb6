import type { ControllerClass } from '../widget-module.ts';
import { UpsellController } from '../upsell-controller.ts';

/** The lazily loaded upsell chunk: the widget's mount and its controller, which renders it (the runtime passes this module as its view). */
export { mount } from '@growthkit/widgets/upsell';
export const Controller = UpsellController as ControllerClass;
