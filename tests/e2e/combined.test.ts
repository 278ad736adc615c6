// The combined hedge and the chart of every hedge, in real Chromium against the production build.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addHolding, launchBrowser, openPage, scrollThrough } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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

describe('Combined hedge of a USD holding in a EUR portfolio: its put and its FX forward, one EUR total', () => {
  it('types the USD rate, adds the put and the FX forward, reads the EUR total and the put’s USD amounts; axe clean; readable at 390 px', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await addHolding(page, { name: 'US Tech', quantity: '300', price: '150', currency: 'USD', vol: '30' });
    await page.getByLabel('EUR per 1 USD').fill('0.9090');
    await page.getByLabel('USD volatility, %').fill('8');
    await page.getByLabel('USD interest rate, %').fill('4.5');
    await page.getByRole('radio', { name: 'Protect US Tech' }).check();
    await page.getByLabel(/^Put strike \(floor\)/).fill('135');
    await page.getByLabel(/^Put: last price/).fill('4.35');
    await page.getByRole('button', { name: 'Add Protective put to the combined hedge' }).click();
    await page.getByRole('button', { name: 'Add FX forward on its USD to the combined hedge' }).click();

    const ledger = page.getByRole('table', { name: /Combined cost ledger \(EUR\)/ });
    await ledger.waitFor();
    // The put: 300 shares = 3 contracts × 100 × $4.35 = $1,305.00 × 0.909 = 1,186.245 → €1,186.24 (half-even);
    // commission 3 × $1.50 = $4.50 → 4.0905 → €4.09; exchange fee 3 × $0.30 = $0.90 → 0.8181 → €0.82.
    const premium = ledger.getByRole('row', { name: /premium paid/ });
    expect(await premium.innerText()).toContain('$1,305.00 at 0.909');
    await expect(ledger.getByRole('rowheader', { name: 'Protective put (Stock): in USD, converted at 0.909 EUR per USD' }).isVisible()).resolves.toBe(true);
    expect(await premium.innerText()).toContain('€1,186.24');
    // The forward's points at parity (Hull eq. 5.9): 45,000 × 0.909 × (1 − e^{(3 % − 4.5 %)·182/365}) = €304.806;
    // total 1,186.24 + 4.09 + 0.82 + 304.806 = 1,495.956 → €1,495.96.
    const total = ledger.locator('tfoot tr', { hasText: 'Total cost of every leg' });
    expect(await total.innerText()).toContain('€1,495.96');
    expect(await page.getByRole('list', { name: 'Exchange rates used in the joint moves' }).innerText()).toContain('read at the moved rate (EUR per USD');
    expect(await page.getByRole('table', { name: /every risk factor moves at once/ }).innerText()).toContain('EUR per USD');

    const section = page.locator('section.combined');
    await section.scrollIntoViewIfNeeded();
    await scrollThrough(page);
    await page.locator('section.combined .recharts-wrapper').waitFor();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await section.screenshot({ path: '.tmp/combined-fx-desktop.png' });

    await page.setViewportSize({ width: 390, height: 844 });
    await section.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The converted ledger fits the phone's width: amounts and their USD originals in view, no sideways scrolling.
    const region = page.getByRole('region', { name: 'Combined cost ledger' });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(await total.innerText()).toContain('€1,495.96');
    const phoneAxe = await new AxeBuilder({ page }).include('section.combined').analyze();
    expect(phoneAxe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await section.screenshot({ path: '.tmp/combined-fx-390.png' });
    await region.screenshot({ path: '.tmp/combined-fx-390-ledger.png' });

    // On paper: the combined section prints (its ledger in full, no buttons).
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    await expect(section.isVisible()).resolves.toBe(true);
    await expect(ledger.isVisible()).resolves.toBe(true);
    await expect(section.getByRole('button', { name: /^Remove / }).first().isVisible()).resolves.toBe(false);
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await section.screenshot({ path: '.tmp/combined-fx-print.png' });

    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
