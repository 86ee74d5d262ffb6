/** The lazily loaded checklist chunk: the widget's mount and its type's logic, which the runtime's controller drives. */
export { mount } from '@growthkit/widgets/checklist';
export { checklistController as controller } from '../checklist-controller.ts';
