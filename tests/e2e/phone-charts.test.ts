// Chart titles on a phone, in real Chromium against the production build: SVG text does not wrap,
// so a title wider than the chart used to be cut at its edge.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, scrollThrough } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every x-axis title drawn: its text and whether it lies within its chart's drawing. */
function titles(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('text.axis-title')].map((t) => {
      const svg = t.ownerSVGElement!.getBoundingClientRect();
      const box = t.getBoundingClientRect();
      return { text: t.textContent, inside: box.left >= svg.left - 1 && box.right <= svg.right + 1 && box.width > 0 };
    }),
  );
}

describe('Chart titles at 390 px', () => {
  it('the currency payment’s charts show “Spot rate at the horizon (EUR per USD)” whole, inside the chart', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 390, height: 844 });
    await page.getByRole('button', { name: 'A foreign-currency payment', exact: true }).click();
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await scrollThrough(page);
    await expect.poll(async () => (await titles(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const drawn = await titles(page);
    expect(drawn.filter((t) => t.text === 'Spot rate at the horizon (EUR per USD)').length).toBeGreaterThanOrEqual(2);
    expect(drawn.filter((t) => !t.inside)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
