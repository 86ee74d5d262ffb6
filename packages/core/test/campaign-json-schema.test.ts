import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { campaignJsonSchema, WIDGET_TYPES } from '../src/index.ts';

const committed = JSON.parse(readFileSync(new URL('../schema/campaign.schema.json', import.meta.url), 'utf8'));

test('packages/core/schema/campaign.schema.json is the current zod schema (run `pnpm schema` after changing it)', () => {
  expect(committed).toEqual(campaignJsonSchema());
});

test('editors are offered every widget type and the required campaign fields', () => {
  const schema = campaignJsonSchema() as { required: string[]; properties: { widget: { oneOf?: unknown[]; anyOf?: unknown[] } } };
  const widgets = (schema.properties.widget.oneOf ?? schema.properties.widget.anyOf ?? []) as { properties: { type: { const: string } } }[];
  expect(widgets.map((widget) => widget.properties.type.const).sort()).toEqual([...WIDGET_TYPES].sort());
  expect(schema.required).toEqual(expect.arrayContaining(['id', 'widget', 'content']));
});
