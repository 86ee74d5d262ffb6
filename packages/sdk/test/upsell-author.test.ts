import { expect, test } from 'vitest';
import { buildContext, CampaignSchema, evalCondition, localize, type CampaignOf, type Text } from '@growthkit/core';
import { upsellController } from '../src/widgets/upsell-controller.ts';
import type { WidgetApi } from '../src/widgets/widget-module.ts';

/** One offer with a testimonial whose author is `author`, shown to a user reading `locale`. */
function shownAuthor(author: string | Text, locale: string) {
  const campaign = CampaignSchema.parse({
    id: 'upsell',
    content: { title: { en: 'Recommended for you' } },
    placement: { slot: 'upsell' },
    widget: {
      type: 'upsell',
      offers: [
        {
          id: 'reports',
          title: { en: 'Automate your reports' },
          value: { en: 'Saves 10 h a month' },
          testimonial: { quote: { en: 'Half a day saved.', 'zh-CN': '省下半天。' }, author },
          action: { label: { en: 'Try it' }, action: 'trial' },
        },
      ],
    },
  }) as CampaignOf<'upsell'>;
  const context = {
    locale,
    evalCondition,
    evaluation: () => buildContext({ now: new Date() }),
    state: { campaign: () => ({ impressions: 0, steps: {} }) },
    now: () => new Date().toISOString(),
  };
  const api = { context, text: (text: Text) => localize(text, locale), newPageView: () => undefined } as unknown as WidgetApi;
  const logic = upsellController(campaign, api);
  logic.refresh();
  return logic.props().offer.value?.testimonial?.author;
}

test('a testimonial author given per locale reads in the user’s language; one string, as configs had it, still reads the same everywhere', () => {
  const author = { en: 'Priya N., Head of Ops at Northwind', 'zh-CN': 'Priya N.，Northwind 运营主管' };
  expect(shownAuthor(author, 'zh-CN')).toBe('Priya N.，Northwind 运营主管');
  expect(shownAuthor(author, 'en')).toBe('Priya N., Head of Ops at Northwind');
  expect(shownAuthor('Priya N., Head of Ops at Northwind', 'zh-CN')).toBe('Priya N., Head of Ops at Northwind');
});
