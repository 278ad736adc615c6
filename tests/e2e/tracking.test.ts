// A hedge over time in real Chromium: the investor records the put she bought, later marks it with
// a new share price and date (mark-to-market and dollar offset shown), rolls it to the next expiry
// (the roll's cost shown and recorded), reloads the page and finds the record, then opens a share
// link that carries it. A typo in a recorded field shows its message next to the field and is kept.
// Screenshots at 1440 and 390 px go to .tmp/shots; the panel is checked with axe.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('.tmp/shots', { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const panel = (page: Page) => page.getByRole('region', { name: 'Hedges over time' });
const card = (page: Page, name: string | RegExp) => panel(page).getByRole('region', { name });
const row = (scope: Locator, name: string | RegExp) => scope.getByRole('row', { name }).locator('td').first();

async function shoot(page: Page, name: string): Promise<void> {
  for (const [w, h] of [[1440, 900], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await panel(page).scrollIntoViewIfNeeded();
    await panel(page).screenshot({ path: `.tmp/shots/${name}-${w}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('a hedge over time', () => {
  it('record a put, mark it to a new price, roll it, reload, share it', { timeout: 150_000 }, async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseURL'));
    await panel(page).getByRole('textbox', { name: /^Today \(marking date\)/ }).fill('2026-06-01');
    await panel(page).getByRole('combobox', { name: 'Hedge to record' }).selectOption('put');
    await panel(page).getByRole('button', { name: 'Record a hedge' }).click();
    // Prefilled from the worked example: a 56 put, 182 days, 12 contracts of 100 for 1,200 shares.
    const put = card(page, 'Put 56, expiring 2026-11-30');
    await expect(put.getByRole('textbox', { name: 'Contracts' }).inputValue()).resolves.toBe('12');
    await put.getByRole('textbox', { name: /^Premium paid/ }).fill('3.1o');
    await put.getByText('Enter a number, e.g. 1,250.50.').waitFor();
    await expect(put.getByRole('textbox', { name: /^Premium paid/ }).inputValue()).resolves.toBe('3.1o');
    await put.getByRole('textbox', { name: /^Premium paid/ }).fill('3.10');
    await expect(row(put, /^Dollar offset/).textContent()).resolves.toMatch(/Not yet/);

    // Two months later the share has fallen from 62.50 to 55.00.
    await panel(page).getByRole('textbox', { name: /^Today \(marking date\)/ }).fill('2026-08-01');
    await page.getByRole('textbox', { name: 'Price of Nordlicht Robotics' }).fill('55');
    await expect.poll(() => row(put, /^Unrealized P\/L/).textContent()).toMatch(/\+€[\d,]+\.\d\d/);
    const offset = await row(put, /^Dollar offset/).textContent();
    expect(offset).toMatch(/\d+(\.\d)?%/);
    await expect(row(put, /^Time left/).textContent()).resolves.toMatch(/121 days/);

    // Roll to the next expiry: the quote shows fees and the net cash, then the record follows.
    const roll = put.getByRole('region', { name: /^Roll to the next expiry/ });
    await expect(roll.getByRole('textbox', { name: /^New expiry/ }).inputValue()).resolves.toBe('2027-03-01');
    await expect(row(roll, /^Fees/).textContent()).resolves.toMatch(/€43\.20/);
    await shoot(page, 'tracking-marked');
    await roll.getByRole('button', { name: 'Roll' }).click();
    const rolled = card(page, 'Put 56, expiring 2027-03-01');
    await expect(rolled.getByRole('status').textContent()).resolves.toMatch(/^Rolled to 2027-03-01\. Net cash [-−]?€[\d,]+\.\d\d, fees €43\.20\.$/);
    const realized = await rolled.getByRole('textbox', { name: /^Realized so far/ }).inputValue();
    expect(Number(realized)).not.toBe(0);

    const axe = await new AxeBuilder({ page }).include('#tracking-title').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    const axePanel = await new AxeBuilder({ page }).include('.tracking').analyze();
    expect(axePanel.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.reload();
    const reloaded = card(page, 'Put 56, expiring 2027-03-01');
    await expect(reloaded.getByRole('textbox', { name: /^Realized so far/ }).inputValue()).resolves.toBe(realized);
    await expect(row(reloaded, /^Dollar offset/).textContent()).resolves.toMatch(/\d+(\.\d)?%/);

    // With the sample price history loaded in the risk panel, the regression test runs on the hedge.
    const risk = page.getByRole('heading', { name: 'Portfolio risk: micro vs macro' });
    await risk.waitFor();
    await risk.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Load sample prices' }).click();
    const regression = reloaded.getByRole('table', { name: /^Effectiveness over the price history of \w+: regression$/ });
    await regression.waitFor();
    await expect(row(regression, /^R²/).textContent()).resolves.toMatch(/^0\.\d+|1$/);
    await expect(row(regression, /^Passes/).textContent()).resolves.toMatch(/^(Yes|No)/);
    await shoot(page, 'tracking-regression');

    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const second = await other.newPage();
    second.on('pageerror', (e) => errors.push(e.message));
    await second.goto(link);
    const shared = card(second, 'Put 56, expiring 2027-03-01');
    await expect(shared.getByRole('textbox', { name: /^Realized so far/ }).inputValue()).resolves.toBe(realized);
    await expect(shared.getByRole('textbox', { name: /^Premium paid/ }).inputValue()).resolves.not.toBe('3.10');
    await shoot(second, 'tracking-shared');
    expect(errors).toEqual([]);
    await other.close();
    await context.close();
  });

  it('the bakery follows its futures: marked to today’s futures price, unwound with its fees', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    await page.getByRole('button', { name: 'A commodity I buy or sell' }).click();
    await panel(page).getByRole('textbox', { name: /^Today \(marking date\)/ }).fill('2026-01-05');
    await panel(page).getByRole('button', { name: 'Record a hedge' }).click();
    const fut = card(page, /^Futures, contract month/);
    // One contract of 50 t bought at 222 (the bakery buys wheat); the futures rise to 240.
    await expect(fut.getByRole('combobox', { name: 'Direction' }).inputValue()).resolves.toBe('long');
    await page.locator('.inputs').getByRole('textbox', { name: /^Futures price/ }).fill('240');
    await expect.poll(() => row(fut, /^Unrealized P\/L/).textContent()).toBe('+€900.00');
    const unwind = fut.getByRole('region', { name: /^Unwind/ });
    await unwind.getByRole('button', { name: 'Unwind' }).click();
    await expect(card(page, /^Futures, contract month .*\(closed\)/).getByRole('textbox', { name: /^Realized so far/ }).inputValue()).resolves.toBe('896.9');
    await context.close();
  });
});
