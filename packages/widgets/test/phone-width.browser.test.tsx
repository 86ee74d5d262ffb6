import { afterEach, expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { mount as mountAha } from '../src/aha/index.ts';
import { mount as mountChecklist } from '../src/checklist/index.ts';
import type { Mount } from '../src/index.ts';
import { mount as mountQuota } from '../src/quota/index.ts';
import { mount as mountUpsell } from '../src/upsell/index.ts';
import { mount as mountValue } from '../src/value-summary/index.ts';
import { ahaProps } from './aha-fixture.ts';
import { violations } from './axe-violations.ts';
import { cleanups, nextFrame, place } from './browser-mount.ts';
import { checklistProps } from './checklist-fixture.ts';
import { quotaProps } from './quota-fixture.ts';
import { basicOffers, upsellProps } from './upsell-fixture.ts';
import { valueProps } from './value-summary-fixture.ts';

/** a 360 × 740 phone, the narrowest the widgets are made for */
const PHONE = { width: 360, height: 740 };

afterEach(() => {
  document.body.style.cssText = '';
});

const limitProps = () => {
  const props = quotaProps();
  props.show.value = 'dialog';
  props.usage.value = { used: 5, limit: 5 };
  return props;
};

/** every widget type, in the kind of place the runtime gives it */
const WIDGETS = [
  { name: 'checklist', mount: mountChecklist, props: checklistProps, place: 'slot' },
  { name: 'aha', mount: mountAha, props: () => ahaProps(), place: 'slot' },
  { name: 'value-summary', mount: mountValue, props: () => valueProps(), place: 'slot' },
  { name: 'upsell', mount: mountUpsell, props: () => upsellProps(), place: 'slot' },
  { name: 'checklist-corner', mount: mountChecklist, props: checklistProps, place: 'corner-end' },
  { name: 'quota-banner', mount: mountQuota, props: quotaProps, place: 'banner' },
  { name: 'quota-dialog', mount: mountQuota, props: limitProps, place: 'banner' },
] as { name: string; mount: Mount<unknown>; props: () => unknown; place: 'slot' | 'corner-end' | 'banner' }[];

/**
 * A phone page: a header, then a column with 16px gutters whose slot is a flex row (where a fixed-width card used to
 * push past the column). A floating host is placed as the runtime places it (mount/widget-host.ts).
 */
function phonePage(where: 'slot' | 'corner-end' | 'banner') {
  document.body.style.cssText = 'margin: 0; background: #eef0f5; font: 15px system-ui';
  const header = place(document.createElement('header'));
  header.style.cssText = 'padding: 12px 16px; background: #fff; border-bottom: 1px solid #ddd';
  header.textContent = 'Acme Docs';
  const column = place(document.createElement('main'));
  column.style.cssText = 'padding: 16px';
  const slot = column.appendChild(document.createElement('div'));
  slot.setAttribute('data-growthkit', 'phone');
  slot.style.cssText = 'display: flex';
  const host = document.createElement('div');
  host.setAttribute('data-growthkit-widget', where === 'slot' ? '' : where);
  if (where === 'corner-end') Object.assign(host.style, { position: 'fixed', insetBlockEnd: '16px', insetInlineEnd: '16px' });
  if (where === 'slot') slot.append(host);
  else document.body.prepend(host);
  cleanups.push(() => host.remove());
  return { slot, host };
}

/** parts of the card that stick out of it (px, rounded against sub-pixel layout) */
function outside(card: Element): string[] {
  const box = card.getBoundingClientRect();
  return [...card.querySelectorAll('*')].flatMap((element) => {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || element.closest('.sr')) return [];
    const out = Math.round(rect.left) < Math.floor(box.left) || Math.round(rect.right) > Math.ceil(box.right);
    return out ? [`${element.tagName.toLowerCase()}.${element.className} ${Math.round(rect.left)}–${Math.round(rect.right)}`] : [];
  });
}

test('at 360 × 740 every widget type fits its slot or the viewport, nothing overflows, and axe finds nothing', async () => {
  await page.viewport(PHONE.width, PHONE.height);
  for (const widget of WIDGETS) {
    const { slot, host } = phonePage(widget.place);
    const root = host.attachShadow({ mode: 'open' });
    const mounted = widget.mount(root, widget.props(), { theme: 'light' });
    cleanups.push(mounted.unmount);
    await nextFrame();
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
    const card = root.querySelector('.dialog, .card, .offer')!;
    const box = card.getBoundingClientRect();
    const room = widget.place === 'slot' ? slot.getBoundingClientRect() : new DOMRect(0, 0, PHONE.width, PHONE.height);
    expect([box.left >= room.left, box.right <= room.right + 0.5], `${widget.name} within its room`).toEqual([true, true]);
    expect(outside(card), `${widget.name}: parts outside the card`).toEqual([]);
    expect(document.documentElement.scrollWidth, `${widget.name}: the page scrolls sideways`).toBe(PHONE.width);
    expect(await violations(host), widget.name).toEqual([]);
    if (import.meta.env.VITE_UPDATE_SCREENSHOTS === '1') {
      await page.screenshot({ path: `../../../docs/phone-${widget.name}.png` });
    }
    while (cleanups.length) cleanups.pop()!();
  }
});

test('a card takes the width of its slot between --gk-card-min and --gk-card-max', async () => {
  await page.viewport(1000, 740);
  const { slot, host } = phonePage('slot');
  const root = host.attachShadow({ mode: 'open' });
  cleanups.push(mountChecklist(root, checklistProps(), { theme: 'light' }).unmount);
  const width = async (slotWidth: string) => {
    slot.style.width = slotWidth;
    await nextFrame();
    return Math.round(root.querySelector('.card')!.getBoundingClientRect().width);
  };
  expect(await width('320px')).toBe(320);
  expect(await width('900px')).toBe(420);
  host.style.setProperty('--gk-card-max', '600px');
  expect(await width('900px')).toBe(600);
  // never wider than a slot narrower than the minimum
  expect(await width('200px')).toBe(200);
});

/** German-length texts as a campaign may give them: long compounds, long button labels */
const LONG_LABEL = 'Jetzt kostenlos den Wachstumstarif testen und Berichte automatisieren';
const LONG_WORD = 'Datenschutzgrundverordnungskonformitätsprüfung automatisch für Sie';

function longChecklist() {
  const props = checklistProps();
  props.steps[0] = { ...props.steps[0], action: { label: LONG_LABEL, action: 'new-doc' } };
  return props;
}
function longUpsell() {
  const [offer] = basicOffers();
  return upsellProps([{ ...offer, title: LONG_WORD, action: { label: LONG_LABEL, action: 'start_trial' } }]);
}
function longQuota() {
  const props = quotaProps({ plan: { name: 'Wachstumsunternehmenstarif Plus', unlocks: ['Unbegrenzter Versionsverlauf'] } });
  props.show.value = 'dialog';
  props.usage.value = { used: 5, limit: 5 };
  return props;
}

const LONG = [
  { name: 'checklist', mount: mountChecklist, props: longChecklist, place: 'slot' },
  { name: 'upsell', mount: mountUpsell, props: longUpsell, place: 'slot' },
  { name: 'quota-dialog', mount: mountQuota, props: longQuota, place: 'banner' },
] as { name: string; mount: Mount<unknown>; props: () => unknown; place: 'slot' | 'banner' }[];

test('at 320 px, German-length titles and button labels wrap inside the card, and the page does not scroll sideways', async () => {
  await page.viewport(320, 640);
  for (const widget of LONG) {
    const { host } = phonePage(widget.place);
    const root = host.attachShadow({ mode: 'open' });
    cleanups.push(widget.mount(root, widget.props(), { theme: 'light' }).unmount);
    await nextFrame();
    await Promise.all(root.getAnimations().map((animation) => animation.finished));
    const card = root.querySelector('.dialog, .card, .offer')!;
    expect(outside(card), `${widget.name}: parts outside the card`).toEqual([]);
    // a label cut off inside its own box (the dialog scrolls, so nothing sticks out of it)
    const clipped = [...card.querySelectorAll<HTMLElement>('.btn, .title')].filter((part) => part.scrollWidth > part.clientWidth + 1);
    expect(
      clipped.map((part) => part.textContent),
      `${widget.name}: labels cut off`,
    ).toEqual([]);
    expect(document.documentElement.scrollWidth, `${widget.name}: the page scrolls sideways`).toBe(320);
    while (cleanups.length) cleanups.pop()!();
  }
});
