// Browser journey of holdings in several currencies: a USD holding added to a EUR portfolio is left
// out until its rate is typed, then counts in the total and the VaR at that rate; protected, it gets
// an FX hedge of its own (forward or put) next to its price hedges, and in the risk panel.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addHolding, launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const money = (t: string) => Number(t.replace(/[^\d.-]/g, ''));

async function totalText(page: Page): Promise<string> {
  return page.getByRole('region', { name: 'Holdings' }).locator('tfoot tr').innerText();
}

/** The parametric VaR 95 % row of the risk panel: [unhedged, micro, macro, …] as numbers. */
async function varRow(page: Page): Promise<number[]> {
  const panel = page.locator('section.risk-panel');
  const heading = page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' });
  await heading.scrollIntoViewIfNeeded();
  await panel.waitFor();
  const row = panel.getByRole('table', { name: /Portfolio risk, parametric/ }).getByRole('row', { name: /^VaR 95 %/ });
  return (await row.getByRole('cell').allInnerTexts()).map(money);
}

describe('holdings in several currencies', () => {
  it('adds a USD holding to a EUR portfolio, types its FX rate, sees the total and VaR change, and hedges its currency', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    const before = await varRow(page);

    await addHolding(page, { name: 'US Tech', quantity: '300', price: '150', currency: 'USD', vol: '30' });
    await page.getByLabel('Beta of US Tech').fill('1.2');
    // No rate yet: left out, said plainly next to the rate and in the total.
    const spot = page.getByLabel('EUR per 1 USD');
    await spot.waitFor();
    expect(await totalText(page)).toContain('one holding without an FX rate left out');
    expect(await totalText(page)).toContain('€249,500.00');

    await spot.fill('0.92');
    await page.getByLabel('USD volatility, %').fill('8');
    await page.getByLabel('USD interest rate, %').fill('4.5');
    await page.getByLabel('Correlation of the USD rate with its holdings').fill('-0.2');
    // By hand: 300 × $150 = $45,000 × 0.92 = €41,400; total 249,500 + 41,400 = €290,900.
    await page.getByText('$45,000.00 = €41,400.00').waitFor();
    expect(await totalText(page)).toContain('€290,900.00');
    expect(await totalText(page)).not.toContain('left out');
    // The risk panel follows the edit a moment later (it recomputes after the typing settles).
    await expect.poll(async () => (await varRow(page))[0], { timeout: 10_000 }).toBeGreaterThan(before[0]!);

    // Protect the USD holding: its FX hedges join the comparison, in EUR; its put stays in USD.
    await page.getByRole('radio', { name: 'Protect US Tech' }).check();
    const forward = page.getByRole('button', { name: 'FX forward on its USD', exact: true });
    await forward.waitFor();
    await expect(page.getByRole('button', { name: 'FX put on its USD', exact: true }).isVisible()).resolves.toBe(true);
    await forward.click();
    await page.getByText(/Sell 45,000 USD forward at 0\.91\d+ EUR per USD/).first().waitFor();
    await page.getByText(/Currency risk before the hedge/).first().waitFor();

    // The risk panel: the FX forward as the micro hedge lowers the portfolio VaR.
    const risk = page.locator('section.risk-panel');
    await page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' }).scrollIntoViewIfNeeded();
    // The panel follows the chosen hedge once the edits have settled.
    await expect.poll(() => risk.getByLabel('Micro hedge').inputValue(), { timeout: 10_000 }).toBe('holding-fx-forward');
    await expect.poll(async () => { const [unhedged, micro] = await varRow(page); return micro! < unhedged!; }, { timeout: 10_000 }).toBe(true);

    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
