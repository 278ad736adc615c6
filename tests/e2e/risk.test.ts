// Browser journey of the portfolio-risk panel: load the sample prices, use the estimates, pick a
// hedge, see VaR before/after and the Monte Carlo histogram; cancel a long run; a non-CSV file and
// inconsistent correlations get clear messages; axe finds nothing in the panel.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const panel = (page: Page) => page.locator('section.risk-panel');

/** The risk panel mounts when it comes near the viewport: scroll to it, then wait for the real panel. */
async function openRiskPanel(page: Page) {
  const heading = page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' });
  await heading.waitFor();
  await heading.scrollIntoViewIfNeeded();
  await panel(page).waitFor();
}

async function loadSample(page: Page) {
  await openRiskPanel(page);
  await page.getByRole('button', { name: 'Load sample prices' }).click();
  await panel(page).getByText(/Sample prices: 6 price series/).waitFor();
}

describe('portfolio risk: micro vs macro', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads sample prices, uses the estimates, shows VaR before/after and the histogram', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await loadSample(page);
    const p = panel(page);
    await expect(p.getByText('Sample prices: vega-datasets (BSD-3-Clause)', { exact: false }).isVisible()).resolves.toBe(true);
    await p.getByLabel('Target (the position to hedge)').selectOption('AAPL');
    await p.getByLabel('Hedge asset').selectOption('MSFT');
    // The estimates run in the worker: wait for the ones of these choices.
    await p.getByRole('heading', { name: 'Minimum-variance hedge ratio of AAPL on MSFT' }).waitFor();
    await expect(p.getByRole('table', { name: /Effectiveness of a short h\* hedge/ }).isVisible()).resolves.toBe(true);
    await p.getByRole('button', { name: 'Use these estimates' }).click();
    await p.getByText(/Written for Nordlicht Robotics: target volatility \d+\.\d %/).waitFor();
    const volCell = page.getByLabel('Volatility of Nordlicht Robotics');
    await expect(volCell.inputValue()).resolves.toMatch(/^\d+\.\d$/);

    await p.getByLabel('Micro hedge').selectOption({ label: 'Short sale' });
    const table = p.getByRole('table', { name: /Portfolio risk, parametric/ });
    const row = table.getByRole('row', { name: /^VaR 95 %/ });
    const cells = await row.getByRole('cell').allInnerTexts();
    const money = (t: string) => Number(t.replace(/[^\d.-]/g, ''));
    expect(cells.length).toBe(4);
    expect(money(cells[1]!)).toBeLessThan(money(cells[0]!));
    await expect(p.getByRole('img', { name: /component value at risk/i }).isVisible()).resolves.toBe(true);

    await p.getByLabel('Paths').selectOption('10000');
    await p.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await p.getByText(/^Done: 10,000 paths per scenario/).waitFor({ timeout: 30_000 });
    await expect(p.getByRole('img', { name: /Histogram of simulated portfolio profit and loss/ }).isVisible()).resolves.toBe(true);
    await expect(p.getByRole('table', { name: /Monte Carlo vs parametric/ }).isVisible()).resolves.toBe(true);

    const axe = await new AxeBuilder({ page }).include('section.risk-panel').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('cancels a long simulation, and explains a non-CSV file and inconsistent correlations', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 390, height: 844 });
    const p = panel(page);
    await openRiskPanel(page);
    await p.getByLabel('Paths').selectOption('1000000');
    await p.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await p.getByText(/^Simulating:/).waitFor();
    await p.getByRole('button', { name: 'Cancel' }).click();
    await p.getByText('The simulation was cancelled.').waitFor({ timeout: 30_000 });

    await p.getByLabel('Upload CSV files').setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]) });
    await p.getByRole('alert').filter({ hasText: 'photo.csv' }).first().waitFor();

    await p.getByLabel('Average correlation between holdings').fill('-0.9');
    await p.getByText(/not positive semi-definite/).waitFor();
    await p.getByRole('button', { name: 'Use the nearest consistent correlations' }).click();
    await p.getByText('Using the nearest consistent correlation matrix.').waitFor();
    await expect(p.getByRole('table', { name: /Portfolio risk, parametric/ }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
