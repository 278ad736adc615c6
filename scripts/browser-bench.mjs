// What the browser benchmarks share: build the app (unless MH_SKIP_BUILD=1), serve it with
// `vite preview` on a free port, open it in Debian's Chromium with a PerformanceObserver that
// records main-thread long tasks (over 50 ms) in `window.__longTasks`, and clean up afterwards.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

export const LONG_TASK_MS = 50;

export function buildUnlessSkipped() {
  if (process.env.MH_SKIP_BUILD === '1') return;
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServed(base) {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    if (i > 150) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Serves the build, opens `path` (relative to the app's root) in a 1440 × 900 page that records
 * long tasks, and runs `measure(page)`; the server and the browser are stopped whatever happens.
 */
export async function withBenchPage(path, measure) {
  const port = await freePort();
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const base = `http://127.0.0.1:${port}/`;
  let browser;
  try {
    await waitUntilServed(base);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${base}${path}`);
    const result = await measure(page);
    await context.close();
    return result;
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
  }
}
