import type { Locator } from 'playwright-core';

/**
 * How bright (0 black … 255 white, the mean of the pixels) Chromium painted the element's box, or with `bottomPx` only
 * that many CSS px at its bottom: where a tab's underline is. Read from a screenshot, decoded in a blank page of the
 * same browser.
 */
export async function paintedBrightness(target: Locator, { bottomPx }: { bottomPx?: number } = {}): Promise<number> {
  const page = target.page();
  const box = (await target.boundingBox())!;
  // 2 px in from the sides (and from the top and bottom for the whole box), clear of the neighbours' antialiasing
  const height = bottomPx ?? box.height - 4;
  const top = bottomPx === undefined ? box.y + 2 : box.y + box.height - bottomPx;
  const png = await page.screenshot({ clip: { x: box.x + 2, y: top, width: box.width - 4, height } });
  const reader = await page.context().newPage();
  try {
    return await reader.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (data[i]! + data[i + 1]! + data[i + 2]!) / 3;
      return sum / (data.length / 4);
    }, png.toString('base64'));
  } finally {
    await reader.close();
  }
}
