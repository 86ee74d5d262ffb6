import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WIDGET_TYPES, WidgetSchema } from '@growthkit/core';
import { expect, test } from 'vitest';
import { WIDGET_ENTRIES } from '../vite.widgets.config.ts';
import { WIDGET_LOADERS } from '../src/widgets/widget-loaders.ts';

// Every place a widget type must fill is derived from core's widget registry; these cover exactly its types.
const registered = [...WIDGET_TYPES].sort();

test("the campaign schema's widget union has exactly the registered types", () => {
  const types = WidgetSchema.options.map((option) => option.shape.type.value);
  expect(registered.length).toBeGreaterThan(0);
  expect([...types].sort()).toEqual(registered);
  expect(WidgetSchema.safeParse({ type: 'renewal' }).success).toBe(false);
});

test("the runtime's loader loads exactly the registered types, each a chunk with the widget's mount and logic", async () => {
  expect(Object.keys(WIDGET_LOADERS).sort()).toEqual(registered);
  for (const type of WIDGET_TYPES) {
    const chunk = (await WIDGET_LOADERS[type]()) as Record<string, unknown>;
    expect({ type, mount: typeof chunk.mount, controller: typeof chunk.controller }).toEqual({
      type,
      mount: 'function',
      controller: 'function',
    });
  }
});

test('the build has a chunk entry for exactly the registered types, and each entry file exists', () => {
  expect(Object.keys(WIDGET_ENTRIES).sort()).toEqual(registered);
  for (const path of Object.values(WIDGET_ENTRIES))
    expect(existsSync(fileURLToPath(new URL(`../${path}`, import.meta.url))), path).toBe(true);
});

test('the widgets package exports each registered type as @growthkit/widgets/<type>, with its mount', async () => {
  for (const type of WIDGET_TYPES) {
    const entry = (await import(`@growthkit/widgets/${type}`)) as Record<string, unknown>;
    expect({ type, mount: typeof entry.mount }).toEqual({ type, mount: 'function' });
  }
});
