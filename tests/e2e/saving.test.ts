// Journeys of the saved inputs and share links in real Chromium: any typed character survives a
// link and a reload; a full or blocked storage is told once, with Export and a checked Import; two
// tabs never overwrite each other silently; a link pasted into an open tab asks first; a refused
// link says what is shown instead; the holding limit and the examples say what they do. Each new
// message is screenshotted at 1440 and 390 px (.tmp/shots) and checked with axe.
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CURRENT_VERSION } from '../../src/state/migrations';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import { EMPTY_HOLDING } from '../../src/state/sanitize';
import { encodeScenario } from '../../src/state/share-link';
import { launchBrowser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE_NAME = `<img src=x onerror=alert(1)> A&B "q" 'r' 😀 שלום\u202e`;
const base = () => inject('baseURL');

async function axe(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).analyze();
  return r.violations.map((v) => `${v.id}: ${v.help}`);
}

/** A new page in `context` that fails the test on any dialog (a script that ran) or page error. */
async function newPage(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return page;
}

/** Screenshots of the notices at desktop and phone widths, for review. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const [w, h] of [[1440, 900], [390, 844]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `.tmp/shots/${name}-${w}.png` });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const nameBox = (page: Page) => page.getByRole('textbox', { name: /^Name of / }).first();
const notice = (page: Page, text: string | RegExp) => page.locator('.notice').filter({ hasText: text });

describe('every typed character survives', () => {
  it('a name of markup, quotes, emoji and right-to-left text survives a reload and a share link', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(base());
    await nameBox(page).fill(HOSTILE_NAME);
    await page.reload();
    await expect(nameBox(page).inputValue()).resolves.toBe(HOSTILE_NAME);
    await expect(page.locator('.notice').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const other = await browser.newContext();
    const second = await newPage(other, errors);
    await second.goto(link);
    await expect(nameBox(second).inputValue()).resolves.toBe(HOSTILE_NAME);
    await expect(second.locator('.notice').count()).resolves.toBe(0);
    await second.reload();
    await expect(nameBox(second).inputValue()).resolves.toBe(HOSTILE_NAME);
    expect(errors).toEqual([]);
    await other.close();
    await context.close();
  });
});

describe('storage full or blocked', () => {
  it('a full storage is told once; Export downloads the inputs; Import reads them back and refuses a hostile file', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    // Fill this origin's real localStorage quota before the page runs, so the app's first save fails.
    await context.addInitScript(() => {
      if (sessionStorage.getItem('filled')) return;
      sessionStorage.setItem('filled', '1');
      let size = 1 << 20;
      for (let i = 0; size >= 1; i++) {
        try {
          localStorage.setItem(`fill-${i}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    const page = await newPage(context, errors);
    await page.goto(base());
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('51');
    const full = notice(page, 'storage for Microhedge is full');
    await full.waitFor();
    await expect(full.innerText()).resolves.toMatch(/will not survive a reload/);
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('52');
    await expect(notice(page, 'is full').count()).resolves.toBe(1); // told once
    expect(await axe(page)).toEqual([]);
    await shoot(page, 'storage-full');
    const [download] = await Promise.all([page.waitForEvent('download'), full.getByRole('button', { name: 'Export to a file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^microhedge-\d{4}-\d{2}-\d{2}\.json$/);
    const path = '.tmp/exported-scenario.json';
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { version: number; scenario: { stock: { putStrike: string } } };
    expect(exported.version).toBe(CURRENT_VERSION);
    expect(exported.scenario.stock.putStrike).toBe('52');
    await context.close();

    // A fresh browser imports it: the inputs come back, with Undo.
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const p2 = await newPage(fresh, errors);
    await p2.goto(base());
    await p2.getByRole('textbox', { name: /^Put strike/ }).fill('40');
    await p2.getByLabel('Import a file').setInputFiles(path);
    await expect.poll(() => p2.getByRole('textbox', { name: /^Put strike/ }).inputValue()).toBe('52');
    await notice(p2, 'replaced your inputs').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => p2.getByRole('textbox', { name: /^Put strike/ }).inputValue()).toBe('40');
    // Hostile files: refused with a message next to the control; nothing runs, nothing changes.
    const hostile: [string, string][] = [
      ['page.html', '<html><body><script>alert(1)</script></body></html>'],
      ['proto.json', '{"app":"microhedge","kind":"scenario","version":3,"scenario":{"__proto__":{"polluted":true}}}'],
      ['newer.json', JSON.stringify({ app: 'microhedge', kind: 'scenario', version: 99, scenario: {} })],
      ['wrong.json', JSON.stringify({ app: 'microhedge', kind: 'scenario', version: CURRENT_VERSION, scenario: { ...DEFAULT_SCENARIO, fx: { ...DEFAULT_SCENARIO.fx, amount: 7 } } })],
    ];
    for (const [name, text] of hostile) {
      writeFileSync(`.tmp/${name}`, text);
      await p2.getByLabel('Import a file').setInputFiles(`.tmp/${name}`);
      await expect.poll(() => p2.locator('.share-error').innerText()).toMatch(/Your inputs are unchanged\.$/);
      await expect(p2.getByRole('textbox', { name: /^Put strike/ }).inputValue()).resolves.toBe('40');
    }
    await expect(p2.locator('.share-error').innerText()).resolves.toMatch(/fx\.amount could not be read/);
    expect(await p2.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await shoot(p2, 'import-refused');
    expect(await axe(p2)).toEqual([]);
    expect(errors).toEqual([]);
    await fresh.close();
  });

  it('a blocked storage is told when the page opens', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await newPage(context, errors);
    await page.goto(base());
    const blocked = notice(page, 'blocks storage for Microhedge');
    await blocked.waitFor();
    await expect(blocked.innerText()).resolves.toMatch(/will not survive a reload/);
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('53');
    await expect(page.getByRole('table', { name: 'Hedges side by side' }).isVisible()).resolves.toBe(true);
    await shoot(page, 'storage-blocked');
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('two tabs and pasted links', () => {
  it('another tab’s save stops this tab from saving over it and asks; loading it shows its inputs', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const a = await newPage(context, errors);
    const b = await newPage(context, errors);
    await a.goto(base());
    await b.goto(base());
    const strike = (p: Page) => p.getByRole('textbox', { name: /^Put strike/ });
    const saved = () => a.evaluate(() => localStorage.getItem('microhedge:scenario') ?? '');
    await strike(b).fill('47');
    await expect.poll(saved).toContain('"putStrike":"47"');
    // A is told of B's save, and stops saving: what A types does not overwrite B's inputs.
    const askedA = notice(a, 'Another Microhedge tab saved different inputs');
    await askedA.waitFor();
    await shoot(a, 'other-tab');
    expect(await axe(a)).toEqual([]);
    await strike(a).fill('44');
    await a.waitForTimeout(300);
    expect(await saved()).toContain('"putStrike":"47"');
    // A keeps its own inputs: the button says it saves over B's; B is then told in turn.
    await askedA.getByRole('button', { name: 'Keep this tab’s inputs (saves over the other tab’s)' }).click();
    await expect.poll(saved).toContain('"putStrike":"44"');
    const askedB = notice(b, 'Another Microhedge tab saved different inputs');
    await askedB.waitFor();
    await askedB.getByRole('button', { name: 'Load the other tab’s inputs' }).click();
    await expect.poll(() => strike(b).inputValue()).toBe('44');
    await expect(strike(a).inputValue()).resolves.toBe('44');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link pasted into an open tab with the user’s inputs asks first, then opens; a refused one keeps them', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(base());
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('45');
    const shared = { ...DEFAULT_SCENARIO, stock: { ...DEFAULT_SCENARIO.stock, putStrike: '58' } };
    await page.evaluate((hash) => (location.hash = hash), `#s=${encodeScenario(shared)}`);
    const ask = notice(page, 'Open the shared scenario from the address bar?');
    await ask.waitFor();
    await expect(page.getByRole('textbox', { name: /^Put strike/ }).inputValue()).resolves.toBe('45');
    await shoot(page, 'pasted-link');
    expect(await axe(page)).toEqual([]);
    await ask.getByRole('button', { name: 'Open the shared scenario' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: /^Put strike/ }).inputValue()).toBe('58');
    expect(page.url()).not.toContain('#s=');
    await page.evaluate(() => (location.hash = '#s=v3.%3Cscript%3E'));
    await notice(page, 'This share link is damaged or not from Microhedge. Your inputs are unchanged.').waitFor();
    await expect(page.getByRole('textbox', { name: /^Put strike/ }).inputValue()).resolves.toBe('58');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('refused links say what is shown instead', () => {
  it.each([
    ['newer', `#s=v${CURRENT_VERSION + 1}.${encodeScenario(DEFAULT_SCENARIO).split('.')[1]}`, /newer version of Microhedge/],
    ['too long', `#s=v3.${'A'.repeat(100_001)}`, /too long to be from Microhedge/],
  ])('%s: with saved inputs, and without', async (label, hash, reason) => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(`${base()}${hash}`);
    await notice(page, reason).waitFor();
    await expect(notice(page, reason).innerText()).resolves.toMatch(/The worked example is shown instead\./);
    await page.getByRole('textbox', { name: /^Put strike/ }).fill('43');
    await page.goto('about:blank');
    await page.goto(`${base()}${hash}`);
    await notice(page, reason).waitFor();
    await expect(notice(page, reason).innerText()).resolves.toMatch(/Your saved inputs are shown instead\./);
    await expect(page.getByRole('textbox', { name: /^Put strike/ }).inputValue()).resolves.toBe('43');
    await shoot(page, `link-${label.replace(' ', '-')}`);
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('portfolio and examples', () => {
  it('“Add a holding” at 50 is disabled with a visible reason', async () => {
    const errors: string[] = [];
    const holdings = Array.from({ length: 49 }, (_, i) => ({ ...EMPTY_HOLDING, id: `h${i + 1}`, name: `Holding ${i + 1}`, quantity: '10', price: '5', vol: '20' }));
    const s = { ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, holdings, targetId: 'h1' } };
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(`${base()}#s=${encodeScenario(s)}`);
    const add = page.getByRole('button', { name: 'Add a holding' });
    await add.click();
    await expect(page.getByRole('textbox', { name: /^Name of / }).count()).resolves.toBe(50);
    await expect(add.isDisabled()).resolves.toBe(true);
    await expect(page.getByText('A portfolio holds at most 50 holdings; remove one to add another.').isVisible()).resolves.toBe(true);
    await add.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '.tmp/shots/holding-limit-1440.png' });
    await page.getByRole('button', { name: 'Remove Holding 3', exact: true }).click();
    await expect(add.isDisabled()).resolves.toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an example over the user’s portfolio offers Undo right after', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(base());
    await nameBox(page).fill('My own stock');
    await page.getByRole('button', { name: /^Bakery:/ }).click();
    const undo = notice(page, 'replaced your inputs');
    await undo.waitFor();
    await shoot(page, 'example-undo');
    expect(await axe(page)).toEqual([]);
    await undo.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'A stock in my portfolio', exact: true }).click();
    await expect(nameBox(page).inputValue()).resolves.toBe('My own stock');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the share link carries the risk horizon and the simulation choices', async () => {
    const errors: string[] = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await newPage(context, errors);
    await page.goto(base());
    const heading = page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' });
    await heading.scrollIntoViewIfNeeded();
    await page.locator('section.risk-panel').waitFor();
    await page.getByRole('combobox', { name: 'Risk horizon' }).selectOption('21');
    await page.getByRole('combobox', { name: /paths/i }).selectOption('10000');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const second = await newPage(other, errors);
    await second.goto(link);
    await second.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' }).scrollIntoViewIfNeeded();
    await second.locator('section.risk-panel').waitFor();
    await expect(second.getByRole('combobox', { name: 'Risk horizon' }).inputValue()).resolves.toBe('21');
    await expect(second.getByRole('combobox', { name: /paths/i }).inputValue()).resolves.toBe('10000');
    expect(errors).toEqual([]);
    await other.close();
    await context.close();
  });
});
