// Fails when the first screen's JavaScript (the entry chunk and everything index.html preloads)
// exceeds the gzip budget. Lazily loaded chunks (charts, Monte Carlo worker) are reported, not counted.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const BUDGET_KB = Number(process.env.MH_FIRST_SCREEN_BUDGET_KB || 100);
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstScreen = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
if (firstScreen.length === 0) {
  console.error('check-size: no script found in dist/index.html');
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;
const first = firstScreen.reduce((sum, f) => sum + gz(f), 0);
const lazy = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !firstScreen.includes(`assets/${f}`))
  .map((f) => [f, gz(`assets/${f}`)]);
console.log(`first-screen JS: ${first.toFixed(1)} KB gzip (budget ${BUDGET_KB} KB) in ${firstScreen.join(', ')}`);
for (const [f, kb] of lazy) console.log(`  lazy ${f}: ${kb.toFixed(1)} KB gzip`);
if (first > BUDGET_KB) {
  console.error(`check-size: first-screen JS ${first.toFixed(1)} KB gzip exceeds the ${BUDGET_KB} KB budget.`);
  process.exit(1);
}
