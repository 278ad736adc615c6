// Browser benchmark of the price-history import: a generated ~46 MB, 200-series long-format CSV
// (scripts/bench-csv-data.mjs, written to a temporary file, never committed) is uploaded through
// the real "Upload CSV files" field of the production build in Debian's Chromium; reading,
// parsing, aligning and estimating run in the CSV worker. Reported: the import time (file chosen
// -> summary shown), the first estimates, an estimate option change, and the main-thread long
// tasks (PerformanceObserver 'longtask', tasks over 50 ms) during each. Target: none over 50 ms.
// Builds the app unless MH_SKIP_BUILD=1. Run by hand: `node scripts/bench-csv-browser.mjs`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildUnlessSkipped, LONG_TASK_MS, withBenchPage } from './browser-bench.mjs';
import { buildLongCsv } from './bench-csv-data.mjs';

const SERIES = Number(process.env.MH_BENCH_SERIES || 200);
const MEGABYTES = Number(process.env.MH_BENCH_MB || 46);

buildUnlessSkipped();

const dir = mkdtempSync(join(tmpdir(), 'mh-csv-bench-'));
const file = join(dir, 'prices-200.csv');
const text = buildLongCsv(SERIES, MEGABYTES * 1024 * 1024);
writeFileSync(file, text);
const bytes = Buffer.byteLength(text);

try {
  process.exitCode = await withBenchPage('', async (page) => {
    const heading = page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' });
    await heading.scrollIntoViewIfNeeded();
    const panel = page.locator('section.risk-panel');
    await panel.waitFor({ timeout: 60_000 });
    const upload = panel.getByLabel('Upload CSV files');
    await upload.waitFor();
    // Let the page settle (lazy chunks, first render) before measuring.
    await page.waitForTimeout(1000);

    const now = () => page.evaluate(() => performance.now());
    const tasks = (from, to) =>
      page.evaluate(({ from, to }) => {
        const during = window.__longTasks.filter((t) => t.start + t.duration >= from && t.start <= to);
        return { count: during.length, longest: during.reduce((m, t) => Math.max(m, t.duration), 0) };
      }, { from, to });
    const assetTable = panel.getByRole('table', { name: /^Volatility and beta/ });

    const t0 = await now();
    await upload.setInputFiles(file);
    await panel.getByText(new RegExp(`: ${SERIES} price series`)).waitFor({ timeout: 600_000 });
    const t1 = await now();
    await assetTable.waitFor({ timeout: 600_000 });
    const t2 = await now();
    await panel.getByLabel('Returns', { exact: true }).selectOption('simple');
    await panel.getByText(/^Estimating…/).waitFor({ state: 'attached', timeout: 5_000 }).catch(() => {});
    await assetTable.waitFor({ timeout: 600_000 });
    const t3 = await now();
    await page.waitForTimeout(300);
    const t4 = await now();

    if (process.env.MH_BENCH_DEBUG) console.log(await page.evaluate((t0) => window.__longTasks.map((t) => `${(t.start - t0).toFixed(0)}+${t.duration.toFixed(0)}`), t0), { t1: t1 - t0, t2: t2 - t0, t3: t3 - t0 });
    const imp = await tasks(t0, t1);
    const est = await tasks(t1, t2);
    const change = await tasks(t2, t4);
    const all = await tasks(t0, t4);
    const line = (label, ms, r) =>
      `${label}: ${ms.toFixed(0)} ms; main-thread long tasks: ${r.count}` + (r.count > 0 ? `, longest ${r.longest.toFixed(0)} ms` : ` (none over ${LONG_TASK_MS} ms)`);
    console.log(`Price-history import, ${(bytes / 1048576).toFixed(1)} MB, ${SERIES} series (long format), in the worker:`);
    console.log(line('  import (file chosen -> summary shown)', t1 - t0, imp));
    console.log(line('  first estimates (200 volatilities, 200×200 correlations, betas, h*)', t2 - t1, est));
    console.log(line('  estimate option change (log -> simple returns)', t3 - t2, change));
    const ok = all.longest <= LONG_TASK_MS;
    console.log(ok ? `PASS: no main-thread task over ${LONG_TASK_MS} ms during the import and the estimates.` : `FAIL: longest main-thread task ${all.longest.toFixed(0)} ms.`);
    return ok ? 0 : 1;
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
