// Keyboard-only use and the narrowest phone, in real Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard only', () => {
  it('reaches and switches modes, edits a field and opens a hedge with the keyboard alone', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    // Tab until the "A loan rate" mode button has focus, then press Enter.
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'A loan rate'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    }
    expect(focused).toBe('A loan rate');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Loan rate' }).isVisible()).resolves.toBe(true);
    // Into the first field of the form, type over it, and see the result change.
    const principal = page.getByRole('textbox', { name: 'Principal' });
    let onPrincipal = false;
    for (let i = 0; i < 5 && !onPrincipal; i++) {
      await page.keyboard.press('Tab');
      onPrincipal = await principal.evaluate((el) => el === document.activeElement);
    }
    expect(onPrincipal).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('10,000,000');
    await expect.poll(() => page.locator('table.comparison tr.hedge-row').first().innerText()).toContain('Sell 10 × 1');
    // Focus a hedge button and open it with Space.
    await page.getByRole('button', { name: 'Payer swap', exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { name: 'Payer swap', level: 2 }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a 360 px phone', () => {
  it('shows every mode without the page scrolling sideways', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 360, height: 740 });
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    for (const mode of ['A stock in my portfolio', 'A commodity I buy or sell', 'A foreign-currency payment', 'A loan rate']) {
      await page.getByRole('button', { name: mode, exact: true }).click();
      await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, mode).toBeLessThanOrEqual(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('saved between visits', () => {
  it('restores what the user typed after a reload, including text that is not yet valid', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('54');
    await page.getByRole('textbox', { name: /^Borrow fee/ }).fill('1.5x');
    await page.getByRole('button', { name: 'A foreign-currency payment', exact: true }).click();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Currency payment' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'A stock in my portfolio', exact: true }).click();
    await expect(page.getByRole('textbox', { name: /^Put strike/ }).inputValue()).resolves.toBe('54');
    await expect(page.getByRole('textbox', { name: /^Borrow fee/ }).inputValue()).resolves.toBe('1.5x');
    await expect(page.getByText('Enter a number, e.g. 1,250.50.').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
