// Launches Debian's Chromium through playwright-core (no browser download) with the flags this
// offline machine needs, and opens pages through a fresh context so axe and storage are isolated.
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

export interface OpenedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that tried to leave this machine (should stay empty). */
  readonly outsideRequests: string[];
  /** Uncaught page errors and console errors. */
  readonly errors: string[];
}

/** Opens `url` in a new context of the given viewport, recording page errors and off-machine requests. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1440, height: 900 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const outsideRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) outsideRequests.push(req.url());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  await page.goto(url);
  return { context, page, outsideRequests, errors };
}

/** Scrolls the page top to bottom in steps, so that the parts that load near the viewport (charts) mount. */
export async function scrollThrough(page: Page, pauseMs = 100): Promise<void> {
  await page.evaluate(async (pause) => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, pause));
    }
  }, pauseMs);
}

/** Adds a holding through the portfolio table: its name, quantity, price, currency and volatility (%), as typed. */
export async function addHolding(page: Page, h: { name: string; quantity: string; price: string; currency: string; vol: string }): Promise<void> {
  await page.getByRole('button', { name: 'Add a holding' }).click();
  await page.getByLabel('Name of this holding').fill(h.name);
  await page.getByLabel(`Quantity of ${h.name}`).fill(h.quantity);
  await page.getByLabel(`Price of ${h.name}`).fill(h.price);
  await page.getByLabel(`Currency of ${h.name}`).fill(h.currency);
  await page.getByLabel(`Volatility of ${h.name}`).fill(h.vol);
}
