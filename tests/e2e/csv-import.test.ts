// Browser journey: a user uploads a hostile price file (an unquoted thousands separator, a stray
// quote, a quoted note over two lines, a ×10 jump) and an ambiguous semicolon file; the import
// lists each rejected or suspicious row by its true line, asks for the decimal mark with what each
// choice reads, and the estimates say that rows were rejected. Axe finds nothing in the panel.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const panel = (page: Page) => page.locator('section.risk-panel');

async function openRiskPanel(page: Page) {
  const heading = page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' });
  await heading.waitFor();
  await heading.scrollIntoViewIfNeeded();
  await panel(page).waitFor();
}

/** Two assets and an index on 30 dates, then hostile rows in the middle (lines 32–37). */
function hostileCsv(): string {
  const rows: string[] = [];
  for (let i = 0; i < 30; i++) {
    const d = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
    rows.push(`AAA,${d},${(100 + 3 * Math.sin(i) + i).toFixed(2)},`, `BBB,${d},${(50 + 2 * Math.sin(i) + 0.4 * i).toFixed(2)},`, `IDX,${d},${(1000 + 10 * Math.cos(i)).toFixed(2)},`);
  }
  const head = rows.slice(0, 30); // lines 2–31
  const tail = rows.slice(30); // lines 38–97
  return [
    'symbol,date,price,note',
    ...head,
    'AAA,2024-02-01,1,000.95,', // 32: unquoted thousands separator -> 5 fields
    'BBB,2024-02-01,"51.5,', // 33: a stray quote (it pairs with the next quote, on line 34)
    'IDX,2024-02-01,1001.5,"dividend', // 34–35: a note over two lines (kept)
    'paid"',
    'AAA,2024-02-02,n/a,', // 36: not a number
    'BBB,2024-02-02,52.1,extra,field', // 37: extra fields
    ...tail,
  ].join('\n');
}

describe('price history: hostile files are reported, never misread', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every rejected row by its true line and the estimates say rows were rejected', async () => {
    const { page, context, errors, outsideRequests } = await openPage(browser, inject('baseURL'));
    await openRiskPanel(page);
    const p = panel(page);
    await p.getByLabel('Upload CSV files').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
    await p.getByText(/^hostile\.csv: 3 price series \(AAA, BBB, IDX\) on 30 common dates/).waitFor();
    const rejected = await p.getByRole('list', { name: 'Rejected rows of hostile.csv' }).getByRole('listitem').allInnerTexts();
    expect(rejected.map((t) => t.slice(0, t.indexOf(':')))).toEqual(['Line 32', 'Line 33', 'Line 36', 'Line 37']);
    expect(rejected[0]).toMatch(/extra field\(s\): 5 fields where the header has 4/);
    expect(rejected[1]).toMatch(/read as a stray quote/);
    expect(rejected[2]).toMatch(/price "n\/a" is not a number/);

    // IDX's row of 2024-02-01 (line 34) comes before its January rows: used, and reported as suspicious.
    const suspicious = await p.getByRole('list', { name: 'Suspicious rows of hostile.csv' }).getByRole('listitem').allInnerTexts();
    expect(suspicious).toEqual([expect.stringMatching(/^Line 40: date 2024-01-11 for IDX is out of order \(before 2024-02-01 on line 34/)]);

    const tag = '(4 rows rejected, 1 row suspicious)';
    await p.getByRole('table', { name: `Volatility and beta against IDX ${tag}` }).waitFor();
    await expect(p.getByRole('table', { name: `Correlation of returns ${tag}` }).isVisible()).resolves.toBe(true);
    await expect(p.getByText(/^Estimated from price history with 4 rows rejected and 1 row suspicious: the rejected rows are left out; the suspicious rows are used as read/).isVisible()).resolves.toBe(true);
    await p.getByLabel('Target (the position to hedge)').selectOption('AAA');
    await p.getByLabel('Hedge asset').selectOption('BBB');
    await p.getByText(tag, { exact: true }).waitFor();
    await p.getByRole('button', { name: 'Use these estimates' }).click();
    await p.getByText(/^Written for Nordlicht Robotics: .*with 4 rows rejected/).waitFor();

    const axe = await new AxeBuilder({ page }).include('section.risk-panel').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await context.close();
  });

  it('asks for the decimal mark of an ambiguous file on a phone, and re-reads it on a choice', async () => {
    const { page, context, errors } = await openPage(browser, inject('baseURL'), { width: 390, height: 844 });
    await openRiskPanel(page);
    const p = panel(page);
    const text = 'Date;Close\n2024-01-02;12,345\n2024-01-03;12,400\n2024-01-04;12,511\n2024-01-05;12,498\n2024-01-08;12,502\n';
    await p.getByLabel('Upload CSV files').setInputFiles({ name: 'eu.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    const group = p.getByRole('group', { name: 'Decimal mark in eu.csv' });
    await group.waitFor();
    await expect(group.getByRole('radio', { name: /^Decimal comma .*“12,345” reads 12\.345 \(default\)$/ }).isChecked()).resolves.toBe(true);
    await group.getByRole('radio', { name: /^Decimal point .*“12,345” reads 12,345$/ }).check();
    await p.getByText('Read with the mark you chose.').waitFor();
    await expect(p.getByRole('group', { name: 'Decimal mark in eu.csv' }).getByRole('radio', { name: /^Decimal point/ }).isChecked()).resolves.toBe(true);
    const axe = await new AxeBuilder({ page }).include('section.risk-panel').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
