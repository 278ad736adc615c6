// The three small-business journeys in real Chromium: the bakery's contract choice in a buyer's
// words, the borrower's hedges over every reset (strip, swap, cap), the importer's points/markup
// split and the flag on a bank quote on the wrong side of parity. With MH_SHOTS=dir set, each
// journey also saves its screen at 1440 px and 390 px.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
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

const SHOTS = process.env.MH_SHOTS;

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
}

async function figure(page: Page, label: string): Promise<string> {
  return page.locator('.figure', { has: page.locator('dt', { hasText: label }) }).first().locator('dd').innerText();
}

/** The text of each body row of a table, by its caption. */
async function rows(page: Page, caption: string): Promise<string[]> {
  return page.getByRole('table', { name: caption }).locator('tbody tr').allInnerTexts();
}

/** At 1440 px and 390 px: the page after `prepare`, scrolled to `anchor`, saved when MH_SHOTS is set; the layout never overflows the phone. */
async function screenshots(name: string, prepare: (page: Page) => Promise<void>, anchor: (page: Page) => ReturnType<Page['getByRole']>) {
  for (const [tag, viewport] of [['desktop', { width: 1440, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), viewport);
    await prepare(page);
    await anchor(page).scrollIntoViewIfNeeded();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} ${tag}: page wider than the screen`).toBeLessThanOrEqual(0);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}-${tag}.png`) });
    }
    expect(errors).toEqual([]);
    await context.close();
  }
}

const CHOICE = 'Whole contracts: round down, round up or mini contracts';

async function bakery(page: Page) {
  await page.getByRole('button', { name: /^Bakery/ }).click();
  await page.getByRole('textbox', { name: /^Mini contract size/ }).fill('10');
  await page.getByRole('button', { name: 'Futures lock-in', exact: true }).click();
}

describe('Bakery — whole contracts, mini contracts, and what the purchase costs', () => {
  it('shows round down / round up / mini with fees, margin, the open quantity and the move’s cost, in a buyer’s words', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('button', { name: /^Bakery/ }).click();
    await expect(page.getByRole('heading', { name: 'Commodity purchase' }).isVisible()).resolves.toBe(true);
    // 40 t with 50 t contracts is 0.8 of a contract.
    const before = await rows(page, CHOICE);
    expect(before[0]).toMatch(/Round down\s+0 × 50\s+40 t unhedged/);
    expect(before[0]).toContain('€1,776.00'); // 40 × 222 × 20 %
    expect(before[1]).toMatch(/Round up\s+1 × 50\s+10 t over-hedged/);
    expect(before[1]).toContain('€444.00'); // 10 × 222 × 20 %
    await page.getByRole('textbox', { name: /^Mini contract size/ }).fill('10');
    await expect.poll(async () => (await rows(page, CHOICE))[2] ?? '').toMatch(/Mini contracts\s+0 × 50 \+ 4 mini × 10\s+none/);
    expect((await rows(page, CHOICE))[2]).toContain('€8,892.40'); // 40 × 222 + 4 × 3.10
    // A buyer's figures, not a holder's floor and breakeven.
    expect(await figure(page, 'Locked-in cost per t')).toBe('222');
    expect(await figure(page, 'Total cost locked in (50 t)')).toContain('11,103.10');
    expect(await figure(page, 'Worst extra cost if the price falls 20 %')).toContain('444.00');
    await expect(page.locator('dt', { hasText: 'Floor (worst value)' }).count()).resolves.toBe(0);
    await expect(page.locator('dt', { hasText: 'Breakeven price' }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await screenshots('bakery', bakery, (p) => p.getByRole('table', { name: CHOICE }));
  });
});

async function borrower(page: Page) {
  await page.getByRole('button', { name: /^Borrower/ }).click();
  await page.getByRole('button', { name: 'Interest-rate cap', exact: true }).click();
}

describe('Borrower — every reset to maturity: strip, swap and the cap', () => {
  it('shows the strip per reset, the swap against its fair rate, and the cap’s premium and worst-case rate', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('button', { name: /^Borrower/ }).click();
    await expect(page.getByRole('heading', { name: 'Loan rate' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Futures strip, every reset', exact: true }).click();
    const strip = await rows(page, 'The strip: one set of contracts per reset');
    expect(strip.map((r) => r.split('\t')[0])).toEqual(['Reset in 3 months', 'Reset in 6 months', 'Reset in 9 months']);
    expect(strip[1]).toContain('97.55');
    expect(await figure(page, 'Contracts in all (3 resets)')).toBe('15');
    await page.getByRole('button', { name: 'Payer swap to maturity', exact: true }).click();
    expect(await figure(page, 'Fair (par) swap rate from the futures')).toMatch(/^2\.4\d*%$/);
    expect(await rows(page, 'The swap, reset by reset')).toHaveLength(3);
    await page.getByRole('button', { name: 'Interest-rate cap', exact: true }).click();
    expect(await rows(page, "The cap's caplets (Black's model)")).toHaveLength(3);
    expect(await figure(page, 'Cap premium, paid today')).toMatch(/€\d/);
    expect(await figure(page, 'Worst-case effective loan rate')).toMatch(/^4\.5\d*%$/); // 3 % + 1.5 % + premium per year
    // Another maturity: monthly resets would need whole periods; 13 months is refused next to its field.
    await page.getByRole('textbox', { name: /^Loan ends in/ }).fill('13');
    await expect.poll(() => page.getByText('The loan must end a whole number of interest periods').isVisible()).toBe(true);
    await page.getByRole('textbox', { name: /^Loan ends in/ }).fill('24');
    await expect.poll(async () => (await rows(page, "The cap's caplets (Black's model)")).length).toBe(7);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await screenshots('borrower', borrower, (p) => p.getByRole('table', { name: "The cap's caplets (Black's model)" }));
  });
});

async function importer(page: Page) {
  await page.getByRole('button', { name: /^Importer/ }).click();
  await page.getByRole('textbox', { name: /^Bank's forward quote/ }).fill('0.9100');
}

describe('Importer — forward points vs the bank’s markup, and a quote on the wrong side of parity', () => {
  it('splits the forward’s cost in money and flags a quote better than parity next to the field', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('button', { name: /^Importer/ }).click();
    await expect(page.getByRole('heading', { name: 'Currency payment' }).isVisible()).resolves.toBe(true);
    // 180,000 × (0.915475 − 0.92) ≈ −814.5: the interest differential; 180,000 × (0.9185 − 0.915475) ≈ 544.5: the markup.
    expect(await figure(page, 'Interest differential (forward points), in money')).toMatch(/^-€814\.\d\d$/);
    expect(await figure(page, "Bank's markup over parity, in money")).toMatch(/^€544\.\d\d$/);
    const quote = page.getByRole('textbox', { name: /^Bank's forward quote/ });
    await quote.fill('0.9100');
    const note = page.locator('.field-note', { hasText: 'This quote is below the parity forward' });
    await note.waitFor();
    expect(await quote.inputValue()).toBe('0.9100');
    await expect(quote.getAttribute('aria-describedby')).resolves.toContain(await note.getAttribute('id'));
    await expect(page.locator('.hedge-warning', { hasText: 'below the parity forward' }).first().isVisible()).resolves.toBe(true);
    await quote.fill('1.0870'); // the inverse pair, USD per EUR
    await expect.poll(() => page.locator('.field-note', { hasText: 'beyond the ±2 %' }).isVisible()).toBe(true);
    await quote.fill('0.9185');
    await expect.poll(() => page.locator('.field-note').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
    await screenshots('importer', importer, (p) => p.locator('.field-note'));
  });
});
