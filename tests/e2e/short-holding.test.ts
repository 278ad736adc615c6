// A short holding in real Chromium: the holding made short, the hedges of a short compared, the
// protective call's worst case read as a cap on the buy-back and drawn at the bottom of the chart,
// a typed bid / ask whose ask is paid and whose implied volatility shows beside the model's.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function rowText(page: Page, hedge: string): Promise<string> {
  return page.locator('table.comparison tr.hedge-row', { has: page.getByRole('button', { name: hedge, exact: true }) }).innerText();
}

async function figure(page: Page, label: string): Promise<string> {
  return page.locator('.figure', { has: page.locator('dt', { hasText: label }) }).first().locator('dd').innerText();
}

/** Screenshots for review, only when asked for (MH_SHOTS=<dir>). */
async function shot(page: Page, name: string): Promise<void> {
  if (process.env.MH_SHOTS) await page.screenshot({ path: `${process.env.MH_SHOTS}/${name}.png`, fullPage: true });
}

async function makeShort(page: Page): Promise<void> {
  await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
  await page.getByRole('textbox', { name: 'Quantity of Nordlicht Robotics' }).fill('-1,200');
  await page.getByRole('button', { name: 'Protective call', exact: true }).waitFor();
}

describe('A short holding: its risk is a rise', () => {
  it('makes the holding short, compares the hedges of a short, reads the worst case as a buy-back cap, pays the ask and shows the implied vol', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await makeShort(page);
    // The hedges of a short, and a put that says plainly it does not apply.
    for (const name of ['Protective call', 'Zero-cost short collar', 'Call spread', 'Futures buy hedge', 'Buy back (close the short)']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    expect(await rowText(page, 'Protective put')).toContain('Not for a short holding');
    expect(await rowText(page, 'Protective call')).toMatch(/Buy 12 × 100[\s\S]*buy-back ≤ €\d{2},\d{3}\.\d\d/);
    await expect(page.getByRole('heading', { name: 'Protective call', level: 2 }).isVisible()).resolves.toBe(true);
    const cap = await figure(page, 'Worst case: buy-back capped at');
    expect(cap).toMatch(/^€\d{2},\d{3}\.\d\d$/);

    // The chart: the short's value below 0 and falling as the price rises; the worst case at its bottom.
    await page.locator('.payoff-section').scrollIntoViewIfNeeded();
    const chart = page.getByRole('img', { name: /^Value of the position at the horizon/ });
    await chart.waitFor();
    const summary = (await chart.getAttribute('aria-label')) ?? '';
    expect(summary).toContain(`Worst case (buy-back cap) -${cap}`);
    const m = /Unhedged: (-?€[\d,]+\.\d\d) to (-?€[\d,]+\.\d\d)/.exec(summary);
    const [lowUnhedged, highUnhedged] = [m?.[1], m?.[2]].map((t) => Number((t ?? 'NaN').replace(/[€,]/g, '')));
    expect(highUnhedged).toBeLessThan(0); // a short is owed: every value below 0
    expect(lowUnhedged).toBeLessThan(highUnhedged as number);
    await expect(page.locator('.payoff-chart').getByText(/^Value of the short at horizon/).isVisible()).resolves.toBe(true);
    await expect(page.locator('.payoff-chart').getByText(/^Worst case \(buy-back cap\)/).isVisible()).resolves.toBe(true);
    await shot(page, 'short-desktop-1440');

    // A bid and an ask for the 72 call: the ask is paid, and both implied vols show beside the model's 45 %.
    await page.getByRole('textbox', { name: 'Call: bid (per share)' }).fill('3.10');
    await page.getByRole('textbox', { name: 'Call: ask (per share)' }).fill('3.40');
    await expect.poll(() => figure(page, 'Premium per unit')).toBe('3.4');
    await expect(page.getByRole('table', { name: /Cost ledger/ }).getByText('Call 72 premium paid: 12 contracts × 100 × 3.4 (ask)').isVisible()).resolves.toBe(true);
    expect(await figure(page, 'Implied vol, 72 call at the ask, paid (model 45 %)')).toMatch(/^\d\d(\.\d\d?)? ?%$/);
    expect(await figure(page, 'Implied vol, 72 call at the bid (model 45 %)')).toMatch(/^\d\d(\.\d\d?)? ?%$/);
    // An ask above the share price is outside the no-arbitrage bounds: said plainly.
    await page.getByRole('textbox', { name: 'Call: ask (per share)' }).fill('70');
    await expect.poll(() => page.getByText(/Your ask 70 for the 72 call: The price must be below the option's upper bound/).first().isVisible()).toBe(true);
    await page.getByRole('textbox', { name: 'Call: ask (per share)' }).fill('3.40');
    await shot(page, 'short-quotes-1440');

    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.help}`))).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('on a 390 px phone the short’s comparison and worst case read the same', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 390, height: 844 });
    await makeShort(page);
    expect(await rowText(page, 'Protective call')).toMatch(/buy-back ≤ €\d{2},\d{3}\.\d\d/);
    expect(await figure(page, 'Worst case: buy-back capped at')).toMatch(/^€\d{2},\d{3}\.\d\d$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('.payoff-section').scrollIntoViewIfNeeded();
    await page.getByRole('img', { name: /^Value of the position at the horizon/ }).waitFor();
    await shot(page, 'short-phone-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});
