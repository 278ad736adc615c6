// Screenshots of the production build at phone and desktop widths (for review and the README).
// Usage: node scripts/screenshots.mjs [outDir] — builds nothing; run `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const out = process.argv[2] || 'screenshots';
mkdirSync(out, { recursive: true });
const port = 4319;
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
try {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const shots = [
    { name: 'desktop', viewport: { width: 1440, height: 900 }, scheme: 'light' },
    { name: 'phone', viewport: { width: 390, height: 844 }, scheme: 'light' },
    { name: 'desktop-dark', viewport: { width: 1440, height: 900 }, scheme: 'dark' },
  ];
  const modes = (process.env.MODES || 'stock').split(',');
  for (const s of shots) {
    const context = await browser.newContext({ viewport: s.viewport, colorScheme: s.scheme });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('pageerror', e.message));
    await page.goto(base);
    for (const mode of modes) {
      if (mode !== 'stock') await page.getByRole('button', { name: { commodity: 'A commodity I buy or sell', fx: 'A foreign-currency payment', rate: 'A loan rate' }[mode], exact: true }).click();
      // Charts and the risk panel mount as they come near the viewport: scroll through once.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += 500) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 120));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForSelector('.recharts-surface', { timeout: 10000 }).catch(() => console.error('no chart'));
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${out}/${s.name}-${mode}.png`, fullPage: true });
      // Tall pages also in viewport-high slices, readable one at a time.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const step = s.viewport.height * 2;
      for (let y = 0, i = 0; y < height && i < 8; y += step, i++) {
        await page.screenshot({ path: `${out}/${s.name}-${mode}-part${i}.png`, fullPage: true, clip: { x: 0, y, width: s.viewport.width, height: Math.min(step, height - y) } });
      }
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.kill();
}
