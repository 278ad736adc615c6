// The combined hedge and the chart of every hedge, in real Chromium against the production build.
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

/** Mounts the lazily loaded parts (charts load as they come near the viewport). */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
}

const legendOf = (page: Page) => page.locator('section.all-hedges .recharts-legend-item-text').allInnerTexts();

describe('Combined hedge: a stock put and a loan swap held together', () => {
  it('adds both legs from their tabs, shows every ledger line and the total, keeps them after a reload, toggles curves', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await page.getByRole('button', { name: 'Add Protective put to the combined hedge' }).click();
    await page.getByRole('button', { name: 'A loan rate', exact: true }).click();
    await page.getByRole('button', { name: 'Add Payer swap to the combined hedge' }).click();

    const ledger = page.getByRole('table', { name: /Combined cost ledger \(EUR\)/ });
    await ledger.waitFor();
    await expect(ledger.getByRole('rowheader', { name: 'Protective put (Stock)' }).isVisible()).resolves.toBe(true);
    await expect(ledger.getByRole('rowheader', { name: 'Payer swap (Loan rate)' }).isVisible()).resolves.toBe(true);
    // The worked example's put: 5,230.10 premium + 18.00 commission + 3.60 exchange fee; the swap: no fee.
    const total = ledger.locator('tfoot tr', { hasText: 'Total cost of every leg' });
    expect(await total.innerText()).toContain('€5,251.70');
    const joint = page.getByRole('table', { name: /every risk factor moves at once/ });
    expect(await joint.innerText()).toContain('Payer swap (Loan rate): the hedge alone');

    // Saved with the scenario: the legs come back after a reload.
    await page.reload();
    await ledger.waitFor();
    expect(await page.getByRole('list', { name: 'Legs of the combined hedge' }).innerText()).toMatch(/Protective put[\s\S]*Payer swap/);
    expect(await total.innerText()).toContain('€5,251.70');

    // Every candidate of the open tab (the loan) on one chart; untick one curve.
    const toggles = page.getByRole('group', { name: 'Curves drawn' }).first();
    await toggles.waitFor();
    await scrollThrough(page);
    await page.locator('section.all-hedges .recharts-wrapper').waitFor();
    await expect.poll(() => legendOf(page)).toEqual(expect.arrayContaining(['Unhedged', 'Rate futures lock', 'Payer swap']));
    await toggles.getByRole('checkbox', { name: 'Payer swap', exact: true }).uncheck();
    await expect.poll(() => legendOf(page)).not.toContain('Payer swap');
    expect(await legendOf(page)).toContain('Rate futures lock');
    await toggles.getByRole('checkbox', { name: 'Payer swap', exact: true }).check();
    await expect.poll(() => legendOf(page)).toContain('Payer swap');
    // The combined payoff chart draws the legs too.
    await page.locator('section.combined .recharts-wrapper').waitFor();

    // Remove a leg with the keyboard.
    await page.getByRole('button', { name: 'Remove Payer swap (Loan rate) from the combined hedge' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('list', { name: 'Legs of the combined hedge' }).innerText()).not.toContain('Payer swap');

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('on a phone (390 px) the stock tab shows every hedge on one chart, the beta hedge listed apart', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 390, height: 844 });
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await scrollThrough(page);
    await page.locator('section.all-hedges .recharts-wrapper').waitFor();
    expect(await page.locator('section.all-hedges').innerText()).toContain('its payoff is the whole portfolio against the index level');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });
});
