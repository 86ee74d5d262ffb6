export type { ChecklistProps, ChecklistStepView } from './checklist/props.ts';
