// Export and print in Chromium: the comparison as a CSV file whose rows match the table on screen,
// the chart as a PNG of the drawn chart, and the print view as one clean report (inputs, the chosen
// hedge's figures with every formula card open, the ledger and the chart; no buttons or tabs).
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
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

const exportPanel = (page: Page) => page.locator('section.export-panel');

/** Splits RFC 4180 CSV text into records of fields (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

async function download(page: Page, button: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), exportPanel(page).getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

describe('export', () => {
  it('downloads the comparison as a CSV whose rows are the hedges on screen', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'));
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    await exportPanel(page).waitFor();
    const onScreen = await page.locator('table.comparison tr.hedge-row th button').allInnerTexts();
    const { name, body } = await download(page, 'Comparison (CSV)');
    expect(name).toBe('microhedge-stock-hedges-compared.csv');
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFFHedge,Side,Contracts,')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows.map((r) => r[0])).toEqual(['Hedge', ...onScreen]);
    // Every record has the header's number of fields (RFC 4180 §2.4).
    for (const r of rows) expect(r.length).toBe(rows[0]!.length);
    // The protective put of the investor example: 12 contracts of 100, the total cost as on screen.
    const put = rows.find((r) => r[0] === 'Protective put')!;
    const header = rows[0]!;
    expect(put[header.indexOf('Contracts')]).toBe('12');
    expect(put[header.indexOf('Contract size')]).toBe('100');
    const shownCost = await page.locator('table.comparison tr.hedge-row').first().locator('td[data-label="Cost"]').innerText();
    expect(Number(put[header.indexOf('Total cost')])).toBeCloseTo(Number(shownCost.split('\n')[0]!.replace(/[^\d.]/g, '')), 2);

    const ledger = parseCsv((await download(page, 'Cost ledger (CSV)')).body.toString('utf8').slice(1));
    expect(ledger[0]).toEqual(['Item', 'Kind', 'Amount', 'Currency']);
    expect(ledger.at(-2)![0]).toBe('Total cost');
    const chart = parseCsv((await download(page, 'Chart data (CSV)')).body.toString('utf8').slice(1));
    expect(chart[0]![1]).toMatch(/value unhedged \(EUR\)$/);
    expect(chart.length).toBeGreaterThan(20);
    for (const r of chart.slice(1)) expect(r.every((v) => v === '' || Number.isFinite(Number(v)))).toBe(true);

    const png = await download(page, 'Chart (PNG)');
    expect(png.name).toBe('microhedge-protective-put-payoff-chart.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the drawn chart's width, and a real image (not an empty canvas).
    const width = await page
      .locator('section.payoff-section')
      .evaluate((s) => Math.max(...[...s.querySelectorAll('svg.recharts-surface')].map((svg) => svg.getBoundingClientRect().width)));
    expect(png.body.readUInt32BE(16)).toBe(Math.round(width * 2));
    expect(png.body.length).toBeGreaterThan(20_000);
    await expect(exportPanel(page).getByRole('status').innerText()).resolves.toBe('Saved microhedge-protective-put-payoff-chart.png.');

    const axe = await new AxeBuilder({ page }).include('section.export-panel').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('print', () => {
  it('prints one report: inputs, comparison, chosen hedge with formula cards open, ledger, chart; no controls', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 900, height: 1200 });
    await page.getByRole('table', { name: 'Hedges side by side' }).waitFor();
    const cardsOnScreen = await page.getByRole('note').count();
    await page.emulateMedia({ media: 'print' });
    // The chart mounts for printing even below the fold; every explanation card opens.
    await page.locator('section.payoff-section svg.recharts-surface').first().waitFor({ timeout: 20_000 });
    const explainButtons = await page.locator('.explain-button').count();
    await expect.poll(() => page.getByRole('note').count()).toBe(explainButtons);
    expect(cardsOnScreen).toBe(0);
    for (const hidden of ['nav[aria-label="What to protect"]', 'nav[aria-label="Worked examples"]', 'section.export-panel', '.share', '.explain-button']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    for (const shown of ['Holdings of the portfolio', 'Hedges side by side', 'Cost ledger (EUR)']) {
      await expect(page.getByRole('table', { name: shown }).isVisible(), shown).resolves.toBe(true);
    }
    await expect(page.getByText('Scenario report:').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Protective put' }).isVisible()).resolves.toBe(true);
    // Nothing clickable is left but the hedge names, which read as text.
    const visibleButtons = await page.locator('button:visible').allInnerTexts();
    const hedgeNames = await page.locator('table.comparison tr.hedge-row th button').allInnerTexts();
    expect(visibleButtons.sort()).toEqual(hedgeNames.sort());
    // One column: the results start below the inputs, not beside them.
    const inputsBox = (await page.locator('.layout .inputs').boundingBox())!;
    const resultsBox = (await page.locator('#results').boundingBox())!;
    expect(resultsBox.y).toBeGreaterThanOrEqual(inputsBox.y + inputsBox.height - 1);
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/print-report.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });
});
