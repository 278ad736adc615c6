// A flaky network: the payoff chart's code cannot be fetched. The load is retried with backoff,
// then only the chart area says it could not load (and whether the browser is offline) while the
// figures and the ledger stay; "Try again" really fetches the chunk again and draws the chart.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a chart chunk that fails to load', () => {
  it('keeps the figures, says the chart could not load, and recovers with "Try again"', async () => {
    // Service workers blocked: page.route sees every request (no precache answers for it).
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    let blocked = true;
    let attempts = 0;
    await page.route(/\/assets\/PayoffChart-[^/]+\.js$/, async (route) => {
      attempts += 1;
      if (blocked) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto(inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    const chartArea = page.locator('section.payoff-section');
    await chartArea.scrollIntoViewIfNeeded();
    const alert = chartArea.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.innerText()).resolves.toMatch(/^Could not load the payoff chart\. The connection may have dropped/);
    // Retried with backoff before giving up (three tries).
    expect(attempts).toBeGreaterThanOrEqual(3);
    // The figures, the comparison and the ledger are still there.
    await expect(page.getByRole('table', { name: 'Hedges side by side' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('table', { name: /^Cost ledger/ }).isVisible()).resolves.toBe(true);
    await expect(page.locator('dl.figures').isVisible()).resolves.toBe(true);
    expect(await new AxeBuilder({ page }).include('section.payoff-section').analyze().then((r) => r.violations.map((v) => v.id))).toEqual([]);

    blocked = false;
    await chartArea.getByRole('button', { name: 'Try again' }).click();
    await chartArea.locator('.payoff-chart .recharts-surface').first().waitFor({ timeout: 20_000 });
    await expect(alert.count()).resolves.toBe(0);
    await context.close();
  });

  it('says so when the browser is offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    // Go offline before the chart (below the first screen) asks for its code.
    await context.setOffline(true);
    const chartArea = page.locator('section.payoff-section');
    await chartArea.scrollIntoViewIfNeeded();
    const alert = chartArea.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.innerText()).resolves.toContain('This browser is offline; try again when the connection is back.');
    // Back online: the chart loads by itself.
    await context.setOffline(false);
    await chartArea.locator('.payoff-chart .recharts-surface').first().waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('a simulation started offline says its code could not be loaded, not "try fewer paths"', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseURL'));
    const risk = page.locator('section.risk-panel');
    await page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' }).scrollIntoViewIfNeeded();
    await risk.waitFor({ timeout: 20_000 });
    await risk.getByRole('button', { name: 'Load sample prices' }).click();
    await risk.getByText(/Sample prices: 6 price series/).waitFor({ timeout: 20_000 });
    await risk.getByRole('button', { name: 'Use these estimates' }).click();
    // The Monte Carlo worker's code is fetched on the first run: cut the network first.
    await context.setOffline(true);
    await risk.getByRole('button', { name: 'Run Monte Carlo' }).click();
    const alert = risk.getByRole('alert').filter({ hasText: 'simulation' });
    await alert.waitFor({ timeout: 20_000 });
    await expect(alert.innerText()).resolves.toBe('Could not load the simulation. This browser is offline; try again when the connection is back.');
    // Back online, the same button runs it.
    await context.setOffline(false);
    await risk.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await risk.getByText(/^Done: [\d,]+ paths per scenario/).waitFor({ timeout: 40_000 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
