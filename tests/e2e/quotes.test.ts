// Broker quotes follow their contract in real Chromium: a bid and an ask typed for the 56 put, a new
// put strike empties them (the model prices the new put) and says so, and "Keep the old quotes" puts
// them back. The page stays axe-clean with the notice shown.
import AxeBuilder from '@axe-core/playwright';
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

describe('Quotes of a changed contract', () => {
  it('a new put strike empties the put’s quotes with a notice; Keep the old quotes restores them', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    const bid = page.getByRole('textbox', { name: 'Put: bid (per share)' });
    const ask = page.getByRole('textbox', { name: 'Put: ask (per share)' });
    await bid.fill('2.10');
    await ask.fill('2.30');
    await page.getByRole('textbox', { name: 'Put strike (floor) (per share)' }).fill('60');
    await expect.poll(() => bid.inputValue()).toBe('');
    expect(await ask.inputValue()).toBe('');
    const notice = page.getByRole('status').filter({ hasText: 'Cleared the put’s quote' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Cleared the put’s quote (bid 2.10, ask 2.30): it was for the 56 strike.');
    if (process.env.MH_SHOTS) await page.screenshot({ path: `${process.env.MH_SHOTS}/quotes-cleared-1440.png` });
    expect(await new AxeBuilder({ page }).analyze().then((r) => r.violations.map((v) => `${v.id}: ${v.help}`))).toEqual([]);

    await notice.getByRole('button', { name: 'Keep the old quotes' }).click();
    await expect.poll(() => bid.inputValue()).toBe('2.10');
    expect(await ask.inputValue()).toBe('2.30');
    expect(await page.getByRole('textbox', { name: 'Put strike (floor) (per share)' }).inputValue()).toBe('60');
    await expect.poll(() => notice.count()).toBe(0);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
