import type { UpsellWidget } from '@growthkit/core';
import { mount } from '@growthkit/widgets/upsell';
import type { CreateController } from '../widget-module.ts';
import { UpsellController } from '../upsell-controller.ts';

/** The lazily loaded upsell chunk: the widget and its controller, which renders it. */
export const createController: CreateController = (campaign, context, onClosed) =>
  new UpsellController(campaign as typeof campaign & { widget: UpsellWidget }, context, onClosed, { mount });
// The element it renders into comes with the widget too: the first script has no use for it before a widget shows.
export { createWidgetHost as createHost } from '../../mount/widget-host.ts';
