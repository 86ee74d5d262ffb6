import type { ControllerClass } from '../widget-module.ts';
import { ChecklistController } from '../checklist-controller.ts';

/** The lazily loaded checklist chunk: the widget's mount and its controller, which renders it (the runtime passes this module as its view). */
export { mount } from '@growthkit/widgets/checklist';
export const Controller = ChecklistController as ControllerClass;
