import type { ControllerClass } from '../widget-module.ts';
import { ValueSummaryController } from '../value-summary-controller.ts';

/** The lazily loaded value-summary chunk: the widget's mount and its controller, which renders it (the runtime passes this module as its view). */
export { mount } from '@growthkit/widgets/value-summary';
export const Controller = ValueSummaryController as ControllerClass;
