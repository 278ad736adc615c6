// Web performance of the production build: Lighthouse 12 (median of 5 runs, mobile and desktop:
// performance score, CLS, LCP, TBT), first-screen JS, and the time an input change takes to
// re-render results and chart, measured in Chromium with the Performance API over 100 edits.
// Usage: npm run bench:web  (builds first unless MH_SKIP_BUILD=1)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = Number(process.env.MH_LH_RUNS || 5);
const port = 4411;
const base = `http://127.0.0.1:${port}/`;

if (process.env.MH_SKIP_BUILD !== '1') {
  const b = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
spawnSync(process.execPath, ['scripts/check-size.mjs'], { stdio: 'inherit' });

const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

async function withDebuggingChrome(fn) {
  const profile = mkdtempSync(join(tmpdir(), 'mh-lh-'));
  const debugPort = 9300 + Math.floor(Math.random() * 500);
  const chrome = spawn(CHROMIUM, ['--headless=new', `--remote-debugging-port=${debugPort}`, `--user-data-dir=${profile}`, ...FLAGS, 'about:blank'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`http://127.0.0.1:${debugPort}/json/version`)).ok) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    return await fn(debugPort);
  } finally {
    chrome.kill();
    await new Promise((r) => setTimeout(r, 300));
    rmSync(profile, { recursive: true, force: true });
  }
}

async function lighthouseRuns(label, config) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const lhr = await withDebuggingChrome(async (p) => (await lighthouse(base, { port: p, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, config)).lhr);
    runs.push({
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      fcp: lhr.audits['first-contentful-paint'].numericValue,
    });
  }
  const m = (k) => median(runs.map((r) => r[k]));
  console.log(`Lighthouse ${label} (median of ${RUNS}): performance ${m('score')}, CLS ${m('cls').toFixed(3)}, LCP ${Math.round(m('lcp'))} ms, FCP ${Math.round(m('fcp'))} ms, TBT ${Math.round(m('tbt'))} ms  [scores: ${runs.map((r) => r.score).join(', ')}]`);
}

async function interactionTiming() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(base);
  await page.locator('.payoff-section').scrollIntoViewIfNeeded();
  await page.getByRole('img', { name: /^Value of the position at the horizon/ }).waitFor();
  const result = await page.evaluate(async () => {
    const input = [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith('Put strike'))?.control;
    if (!(input instanceof HTMLInputElement)) throw new Error('no put strike field');
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const chartLabel = () => document.querySelector('.payoff-section [role="img"]')?.getAttribute('aria-label') ?? '';
    const urgent = [];
    const chart = [];
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const value = String(50 + (i % 10) + 0.5);
      performance.mark('edit-start');
      setter.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await Promise.resolve();
      performance.mark('edit-committed');
      // The deferred chart render: wait until the chart's own summary names the new strike.
      await new Promise((resolve, reject) => {
        const done = () => chartLabel().includes(`Strike ${value}`);
        if (done()) return resolve();
        const deadline = setTimeout(() => reject(new Error(`chart did not update to ${value}: ${chartLabel()}`)), 5000);
        const mo = new MutationObserver(() => {
          if (done()) {
            mo.disconnect();
            clearTimeout(deadline);
            resolve();
          }
        });
        mo.observe(document.querySelector('.payoff-section'), { attributes: true, subtree: true, attributeFilter: ['aria-label'] });
      });
      performance.mark('edit-chart');
      urgent.push(performance.measure('urgent', 'edit-start', 'edit-committed').duration);
      chart.push(performance.measure('chart', 'edit-start', 'edit-chart').duration);
      if (!document.querySelector('table.comparison tr.hedge-row td')) throw new Error('results disappeared');
    }
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
    return { urgentMedian: med(urgent), urgentP95: p95(urgent), chartMedian: med(chart), chartP95: p95(chart) };
  });
  await browser.close();
  console.log(`Input change (100 edits of the put strike, desktop): inputs + every hedge's figures committed in median ${result.urgentMedian.toFixed(1)} ms (p95 ${result.urgentP95.toFixed(1)}); payoff chart redrawn with the new strike in median ${result.chartMedian.toFixed(1)} ms (p95 ${result.chartP95.toFixed(1)})`);
}

try {
  await waitForServer();
  await interactionTiming();
  await lighthouseRuns('mobile', undefined);
  await lighthouseRuns('desktop', desktopConfig);
} finally {
  server.kill();
}
