import type { ChecklistWidget } from '@growthkit/core';
import { mount } from '@growthkit/widgets/checklist';
import type { CreateController } from '../widget-module.ts';
import { ChecklistController } from '../checklist-controller.ts';

/** The lazily loaded checklist chunk: the widget and its controller, which renders it. */
export const createController: CreateController = (campaign, context, onClosed) =>
  new ChecklistController(campaign as typeof campaign & { widget: ChecklistWidget }, context, onClosed, { mount });
// The element it renders into comes with the widget too: the first script has no use for it before a widget shows.
export { createWidgetHost as createHost } from '../../mount/widget-host.ts';
