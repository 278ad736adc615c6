// Browser journey of the chosen option hedge before expiry: open the date × price grid below the
// payoff chart, move the volatility shift with the keyboard and see the cells and the odds change,
// then find the macro alternative of the same cost in the risk panel; axe finds nothing in the view.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

describe('before expiry and the same-cost macro alternative', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the grid and odds follow the volatility slider; the risk panel shows the index puts of the same cost', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    const heading = page.getByRole('heading', { name: 'Before expiry: profit and loss by date and price' });
    await page.getByRole('heading', { level: 2, name: 'Protective put' }).waitFor();
    // The view loads on demand when its disclosure is opened (here with the keyboard).
    const summary = page.locator('summary', { hasText: 'Before expiry: profit and loss by date and price' });
    await summary.scrollIntoViewIfNeeded();
    await summary.focus();
    await page.keyboard.press('Enter');
    await heading.waitFor();
    await heading.scrollIntoViewIfNeeded();
    const grid = page.getByRole('table', { name: 'Profit or loss in EUR by price and date' });
    const spotRow = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /today$/ }) });
    const cellsBefore = await spotRow.getByRole('cell').allInnerTexts();
    const headers = await grid.getByRole('columnheader').allInnerTexts();
    expect(headers[1]).toMatch(/^Today/);
    expect(headers.at(-1)).toMatch(/^Expiry \(day 182\)/);
    const pays = page.getByTestId('odds-pays');
    const paysBefore = await pays.innerText();
    await expect(page.getByText(/drift 3% a year, risk-neutral: r − q = 3% − 0%/).isVisible()).resolves.toBe(true);

    const slider = page.getByRole('slider', { name: 'Volatility shift' });
    await slider.focus();
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('+10 points: 55% a year');
    await page.getByText(/volatility 55% a year/).waitFor();
    const cellsAfter = await spotRow.getByRole('cell').allInnerTexts();
    expect(cellsAfter).not.toEqual(cellsBefore);
    // Higher volatility: the long put is worth more before expiry, so today's cell at spot rises.
    const num = (t: string) => Number(t.replace(/[−-]/, '-').replace(/[^\d.-]/g, ''));
    expect(num(cellsAfter[0]!)).toBeGreaterThan(num(cellsBefore[0]!));
    // Expiry column: the payoff does not depend on volatility.
    expect(cellsAfter.at(-1)).toBe(cellsBefore.at(-1));
    expect(await pays.innerText()).not.toBe(paysBefore);

    const axe = await new AxeBuilder({ page }).include('.before-expiry').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const risk = page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' });
    await risk.scrollIntoViewIfNeeded();
    const sameCost = page.getByRole('heading', { name: 'Macro of the same cost: index puts' });
    await sameCost.waitFor();
    await sameCost.scrollIntoViewIfNeeded();
    await expect(page.getByTestId('same-cost-line').innerText()).resolves.toMatch(/you could buy \d+ puts? on Euro Stoxx 50 futures .* They cover \d+(\.\d)?% of the portfolio/s);
    await expect(page.getByRole('columnheader', { name: 'Macro: index futures, same variance' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
