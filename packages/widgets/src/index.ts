export type { ChecklistProps, ChecklistStepView } from './checklist/props.ts';
export { mountWidget, type Mount, type MountOptions } from './mount.ts';
