// The floor of first paint (SPEC §11, issue 15): the demo's first widget, the checklist, rendered by the same widget
// code with bare Preact and nothing of GrowthKit's (no config, decision, state or outbox; the campaign's texts inlined
// at build time). Built by floor-script.ts and served where growthkit.js would be, so it runs under the same page and
// marks the same two User Timing marks the SDK does.
import { mount } from '@growthkit/widgets/checklist';
import { signal } from '@preact/signals';
import { firstPaintMarker } from '../../src/timing/first-paint-marker.ts';
import { mark, START_MARK } from '../../src/timing/performance-marks.ts';
import type { FloorChecklist } from './floor-checklist.ts';

declare const __FLOOR_CHECKLIST__: FloorChecklist;

mark(START_MARK);
const painted = firstPaintMarker();
const content = __FLOOR_CHECKLIST__;
const ignore = () => undefined;

const render = () => {
  const slot = document.querySelector('[data-growthkit="checklist"]');
  if (!slot) return false;
  const host = document.createElement('div');
  host.setAttribute('data-growthkit-widget', '');
  slot.append(host);
  mount(host.attachShadow({ mode: 'open' }), {
    ...content,
    locale: 'en',
    onDismiss: ignore,
    statuses: signal(content.steps.map(({ id }) => ({ id, status: 'open' as const }))),
    collapsed: signal(false),
    onToggle: ignore,
    onAction: ignore,
    onSkip: ignore,
    onMarkDone: ignore,
  });
  painted();
  return true;
};
// an async script may run before the parser reaches the slot, as GrowthKit's may
if (!render()) document.addEventListener('DOMContentLoaded', render);
