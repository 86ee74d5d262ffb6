import type { Page } from 'puppeteer-core';

/** How many elements under `within` show `text`, open shadow roots included (the widgets render in one). */
export function textCount(page: Page, within: string, text: string): Promise<number> {
  return page.$$eval(`${within} >>> ::-p-text(${JSON.stringify(text)})`, (elements) => elements.length);
}
