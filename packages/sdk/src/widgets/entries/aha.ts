import type { AhaWidget } from '@growthkit/core';
import { mount } from '@growthkit/widgets/aha';
import type { CreateController } from '../widget-module.ts';
import { AhaController } from '../aha-controller.ts';

/** The lazily loaded aha chunk: the widget and its controller, which renders it. */
export const createController: CreateController = (campaign, context, onClosed) =>
  new AhaController(campaign as typeof campaign & { widget: AhaWidget }, context, onClosed, { mount });
// The element it renders into comes with the widget too: the first script has no use for it before a widget shows.
export { createWidgetHost as createHost } from '../../mount/widget-host.ts';
