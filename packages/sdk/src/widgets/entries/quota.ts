import type { ControllerClass } from '../widget-module.ts';
import { QuotaController } from '../quota-controller.ts';

/** The lazily loaded quota chunk: the widget's mount and its controller, which renders it (the runtime passes this module as its view). */
export { mount } from '@growthkit/widgets/quota';
export const Controller = QuotaController as ControllerClass;
