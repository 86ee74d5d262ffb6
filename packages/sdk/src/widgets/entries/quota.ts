import type { QuotaWidget } from '@growthkit/core';
import { mount } from '@growthkit/widgets/quota';
import type { CreateController } from '../widget-module.ts';
import { QuotaController } from '../quota-controller.ts';

/** The lazily loaded quota chunk: the widget and its controller, which renders it. */
export const createController: CreateController = (campaign, context, onClosed) =>
  new QuotaController(campaign as typeof campaign & { widget: QuotaWidget }, context, onClosed, { mount });
// The element it renders into comes with the widget too: the first script has no use for it before a widget shows.
export { createWidgetHost as createHost } from '../../mount/widget-host.ts';
