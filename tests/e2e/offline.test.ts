// Offline after the first visit, and installable: the service worker precaches every built file
// (lazy chart, risk panel and worker chunks included), a reload with the network cut still runs
// the calculator, the payoff chart, the risk panel with its sample prices and the Monte Carlo
// worker; the web manifest is served and valid (W3C Web App Manifest: name, start_url, display,
// icons of 192 and 512 px, one maskable).
import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage, scrollThrough } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until a service worker controls the page (it claims the page once its precache is complete). */
async function waitForController(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

describe('offline after the first visit', () => {
  it('reloads with the network cut and still calculates, draws the chart, and runs both workers', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await waitForController(page);
    // Every file of the build is in the cache before the network goes.
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('microhedge-'))!);
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    const built = readdirSync('dist/assets').map((f) => `/assets/${f}`);
    expect(built.length).toBeGreaterThan(5);
    for (const file of [...built, '/', '/index.html', '/manifest.webmanifest', '/icons/icon-512.png', '/data/stocks.csv', '/third-party-notices.txt']) {
      expect(cached, file).toContain(file);
    }

    await context.setOffline(true);
    const fromNetwork: string[] = [];
    page.on('response', (r) => {
      if (!r.fromServiceWorker()) fromNetwork.push(r.url());
    });
    await page.reload();
    await expect(page.evaluate(() => navigator.onLine)).resolves.toBe(false);
    // The network really is cut, for the page and its service worker: a file not in the precache fails.
    const errorsBefore = errors.length;
    await expect(page.evaluate(() => fetch('./sw.js?probe').then(() => 'reached', () => 'unreachable'))).resolves.toBe('unreachable');
    await page.waitForTimeout(100);
    errors.splice(errorsBefore); // the probe's own "Failed to load resource"
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await scrollThrough(page, 60);
    // The lazily loaded payoff chart (Recharts chunk) draws.
    await page.locator('.payoff-chart .recharts-surface').first().waitFor({ timeout: 20_000 });
    // The risk panel chunk, the sample prices through the CSV worker, and the Monte Carlo worker.
    const risk = page.locator('section.risk-panel');
    await risk.waitFor({ timeout: 20_000 });
    await risk.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Load sample prices' }).click();
    await risk.getByText(/Sample prices: 6 price series/).waitFor({ timeout: 20_000 });
    await risk.getByRole('button', { name: 'Use these estimates' }).click();
    await risk.getByRole('button', { name: 'Run Monte Carlo' }).click();
    await risk.getByText(/^Done: [\d,]+ paths per scenario/).waitFor({ timeout: 40_000 });
    expect(fromNetwork.filter((u) => u.startsWith(inject('baseURL')))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('installable', () => {
  it('serves a valid web manifest with its icons and registers the service worker', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('./manifest.webmanifest');
    const manifestUrl = new URL(href!, page.url()).href;
    const res = await page.request.get(manifestUrl);
    expect(res.ok()).toBe(true);
    const manifest = (await res.json()) as {
      name: string;
      short_name: string;
      start_url: string;
      scope: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest.name).toMatch(/^Microhedge/);
    expect(manifest.short_name).toBe('Microhedge');
    expect(manifest.start_url).toBe('./');
    expect(manifest.scope).toBe('./');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const png = manifest.icons.filter((i) => i.type === 'image/png');
    expect(png.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(png.some((i) => i.purpose === 'maskable')).toBe(true);
    // Each icon is served and is a PNG of the stated size (width and height from the IHDR chunk).
    for (const icon of png) {
      const body = await (await page.request.get(new URL(icon.src, manifestUrl).href)).body();
      expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(`${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`).toBe(icon.sizes);
    }
    await waitForController(page);
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return r ? { scope: r.scope, script: r.active?.scriptURL ?? '' } : null;
    });
    expect(registration).toEqual({ scope: inject('baseURL'), script: `${inject('baseURL')}sw.js` });
    // A later visit (the page opens under the worker), then a new deploy's worker is installed: it
    // deletes the caches of earlier builds (same prefix), keeps other caches, and the page offers a reload.
    await page.reload();
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    const cacheNames = await page.evaluate(async () => {
      await (await caches.open('microhedge-0000000000000000')).put('./old.js', new Response('old'));
      await (await caches.open('someone-else')).put('./x', new Response('x'));
      // Another script URL makes the browser install the worker again (as a new deploy would).
      const fresh = await navigator.serviceWorker.register('./sw.js?deploy=2');
      const worker = fresh.installing ?? fresh.waiting ?? fresh.active!;
      if (worker.state !== 'activated') await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
      return caches.keys();
    });
    expect(cacheNames).not.toContain('microhedge-0000000000000000');
    expect(cacheNames).toContain('someone-else');
    expect(cacheNames.filter((k) => k.startsWith('microhedge-'))).toHaveLength(1);
    const update = page.getByRole('status').filter({ hasText: 'A new version of Microhedge is installed' });
    await update.waitFor();
    await expect(update.getByRole('button', { name: 'Reload' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
