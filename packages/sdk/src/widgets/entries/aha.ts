import type { ControllerClass } from '../widget-module.ts';
import { AhaController } from '../aha-controller.ts';

/** The lazily loaded aha chunk: the widget's mount and its controller, which renders it (the runtime passes this module as its view). */
export { mount } from '@growthkit/widgets/aha';
export const Controller = AhaController as ControllerClass;
