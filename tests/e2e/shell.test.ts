import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

describe('the production build in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the app shell with no errors and no request leaving the machine', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await expect(page.getByRole('heading', { level: 1, name: 'Microhedge' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('main').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });
});
