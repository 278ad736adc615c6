// The five user stories of the calculator, each a journey in real Chromium against the production build.
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

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
}

/** Text of the comparison row of one hedge (its name cell is a button). */
async function rowText(page: Page, hedge: string): Promise<string> {
  return page.locator('table.comparison tr.hedge-row', { has: page.getByRole('button', { name: hedge, exact: true }) }).innerText();
}

async function figure(page: Page, label: string): Promise<string> {
  return page.locator('.figure', { has: page.locator('dt', { hasText: label }) }).first().locator('dd').innerText();
}

describe('Story 1 — investor: every hedge of one stock side by side', () => {
  it('opens on a computed example, edits the portfolio, compares hedges, opens a ledger and a chart', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    const compare = page.getByRole('table', { name: 'Hedges side by side' });
    await compare.waitFor();
    for (const name of ['Protective put', 'Zero-cost collar', 'Put spread', 'Short sale']) {
      await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByRole('button', { name: /^Proxy: / }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: /^Macro: / }).isVisible()).resolves.toBe(true);
    // 1,200 shares with 100-share contracts: 12 puts.
    expect(await rowText(page, 'Protective put')).toContain('Buy 12 × 100');
    const costBefore = await figure(page, 'Total cost');

    // Edit the target's quantity: 1,500 shares -> 15 contracts, a larger premium.
    const qty = page.getByRole('textbox', { name: 'Quantity of Nordlicht Robotics' });
    await qty.fill('1,500');
    await expect.poll(() => rowText(page, 'Protective put')).toContain('Buy 15 × 100');
    expect(await figure(page, 'Total cost')).not.toBe(costBefore);

    // A wrong entry: plain message next to the field, text kept, last valid results stay.
    await qty.fill('15OO');
    await expect.poll(() => page.getByText('Enter a number, e.g. 1,250.50.').isVisible()).toBe(true);
    expect(await qty.inputValue()).toBe('15OO');
    await expect(page.getByRole('status').filter({ hasText: 'Showing the last valid results' }).isVisible()).resolves.toBe(true);
    expect(await rowText(page, 'Protective put')).toContain('Buy 15 × 100');
    await qty.fill('1,200');

    // Pick another target.
    await page.getByRole('radio', { name: 'Protect Alpine Foods' }).check();
    await expect.poll(() => rowText(page, 'Protective put')).toContain('Buy 6 × 100');
    await page.getByRole('radio', { name: 'Protect Nordlicht Robotics' }).check();

    // Open the collar: its ledger line by line and the payoff chart (real SVG).
    await page.getByRole('button', { name: 'Zero-cost collar', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Zero-cost collar', level: 2 }).isVisible()).resolves.toBe(true);
    const ledger = page.getByRole('table', { name: /Cost ledger/ });
    await expect(ledger.getByText(/Put 56 premium paid/).isVisible()).resolves.toBe(true);
    await expect(ledger.getByText(/Call .* premium received/).isVisible()).resolves.toBe(true);
    // The chart mounts when it comes near the viewport.
    await page.locator('.payoff-section').scrollIntoViewIfNeeded();
    const chart = page.getByRole('img', { name: /^Value of the position at the horizon/ });
    await chart.waitFor();
    expect(await page.locator('.payoff-curve .recharts-area-curve').count()).toBeGreaterThan(1);
    // The date slider redraws the curve before expiry.
    const slider = page.getByRole('slider', { name: 'Value date' });
    await slider.focus();
    await page.keyboard.press('PageUp');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toMatch(/days before expiry/);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});

describe('Story 2 — bakery: a futures lock-in against a price rise', () => {
  it('shows whole contracts, the remainder, the locked-in cost, the margin and ±20 % moves', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('button', { name: /^Bakery/ }).click();
    await expect(page.getByRole('heading', { name: 'Commodity purchase' }).isVisible()).resolves.toBe(true);
    // 40 t with 50 t contracts, nearest: 1 contract, 10 t over-hedged.
    expect(await rowText(page, 'Futures lock-in')).toContain('Buy 1 × 50');
    expect(await figure(page, 'Unhedged remainder')).toBe('-10');
    // The one contract locks 50 t × 222; the 10 t beyond the need still move with the price.
    expect(await figure(page, 'Total cost locked in (50 t)')).toContain('11,103.10'); // 50 × 222 + fees 3.10
    expect(await figure(page, 'Cash held (margin)')).toContain('3,120.00'); // 900 + 50 × 222 × 20 %
    const moves = page.getByRole('table', { name: /price moves/ });
    await expect(moves.getByRole('cell', { name: '−20%' }).isVisible()).resolves.toBe(true);
    await expect(moves.getByRole('cell', { name: '+20%' }).isVisible()).resolves.toBe(true);
    await page.getByRole('textbox', { name: /^Quantity/ }).fill('100');
    await expect.poll(() => rowText(page, 'Futures lock-in')).toContain('Buy 2 × 50');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Story 3 — importer: USD payable, parity forward vs the bank, and an FX option', () => {
  it('shows the parity forward, the bank markup and the option premium with its break-even', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('button', { name: /^Importer/ }).click();
    await expect(page.getByRole('heading', { name: 'Currency payment' }).isVisible()).resolves.toBe(true);
    // F = 0.92 × e^{(0.0225 − 0.0425) × 90/365} = 0.915475…
    expect(await figure(page, 'Parity forward')).toBe('0.9155');
    expect(await figure(page, "Bank's forward")).toBe('0.9185');
    expect(await figure(page, "Bank's markup over parity, in money")).toMatch(/544\.\d\d/);
    expect(await figure(page, 'Locked-in cost of the 180,000 units hedged')).toContain('165,330.00'); // 180,000 × 0.9185
    await page.getByRole('button', { name: 'FX call option', exact: true }).click();
    expect(await figure(page, 'Premium per unit')).toMatch(/^0\.0\d{3}$/);
    expect(await figure(page, 'Break-even rate')).toMatch(/^0\.9\d{3}$/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Story 4 — borrower: lock the rate of a loan that resets in 3 months', () => {
  it('shows rate-futures contracts, the swap notional and interest with and without the hedge', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('button', { name: /^Borrower/ }).click();
    await expect(page.getByRole('heading', { name: 'Loan rate' }).isVisible()).resolves.toBe(true);
    // 5,000,000 × 0.25 × 0.0001 / 25 = 5 contracts; locked 2.40 % + 1.5 % = 3.9 %.
    expect(await rowText(page, 'Rate futures lock')).toContain('Sell 5 × 1');
    expect(await figure(page, 'Locked loan rate')).toBe('3.9%');
    expect(await rowText(page, 'Payer swap')).toContain('5,000,000');
    const moves = page.getByRole('table', { name: /rate moves/ });
    await expect(moves.getByRole('cell', { name: '+1.00 points' }).isVisible()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Story 5 — teacher: a share link reopens the exact scenario; every number explains itself', () => {
  it('copies a link, opens it in a fresh browser context, and shows formula cards', async () => {
    const first = await openPage(browser, inject('baseURL'));
    const { page } = first;
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('55');
    await expect.poll(() => rowText(page, 'Protective put')).toContain('Buy 12 × 100');
    const cost = await figure(page, 'Total cost');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/#s=v4\./);
    await first.context.close();

    const second = await openPage(browser, link);
    await expect(second.page.getByRole('textbox', { name: /^Put strike/ }).inputValue()).resolves.toBe('55');
    await expect.poll(() => figure(second.page, 'Total cost')).toBe(cost);
    await second.page.getByRole('button', { name: 'Explain: Put premium per share' }).click();
    const card = second.page.getByRole('note');
    await expect(card.innerText()).resolves.toMatch(/K = 55/);
    await expect(card.innerText()).resolves.toMatch(/Hull/);
    expect(await axeViolations(second.page)).toEqual([]);
    expect(second.errors).toEqual([]);
    await second.context.close();
  });

  it('a garbled link shows a plain message and the worked example, never a blank page', async () => {
    const { page, context, errors } = await openPage(browser, `${inject('baseURL')}#s=v2.<script>alert(1)</script>`);
    await expect(page.getByRole('alert').filter({ hasText: /share link/i }).isVisible()).resolves.toBe(true);
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('corrupt saved state is rejected with a message and the worked example', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => localStorage.setItem('microhedge:scenario', '{"state":{"portfolio":"__proto__"},"version":2'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseURL'));
    await expect(page.getByRole('alert').first().isVisible()).resolves.toBe(true);
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
