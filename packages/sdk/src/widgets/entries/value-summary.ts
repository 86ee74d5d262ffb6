import type { ValueSummaryWidget } from '@growthkit/core';
import { mount } from '@growthkit/widgets/value-summary';
import type { CreateController } from '../widget-module.ts';
import { ValueSummaryController } from '../value-summary-controller.ts';

/** The lazily loaded value-summary chunk: the widget and its controller, which renders it. */
export const createController: CreateController = (campaign, context, onClosed) =>
  new ValueSummaryController(campaign as typeof campaign & { widget: ValueSummaryWidget }, context, onClosed, { mount });
// The element it renders into comes with the widget too: the first script has no use for it before a widget shows.
export { createWidgetHost as createHost } from '../../mount/widget-host.ts';
