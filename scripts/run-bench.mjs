// Bundles scripts/bench.ts the way production code is built (Vite/Rolldown, no keep-names
// wrappers such as a TypeScript runner injects), runs it with plain Node, then measures the Monte
// Carlo in the browser (scripts/bench-mc-browser.mjs) and the price-history import (scripts/bench-csv-browser.mjs).
import { spawnSync } from 'node:child_process';

const outDir = '.tmp/bench';
const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--ssr', 'scripts/bench.ts', '--outDir', outDir, '--logLevel', 'warn', '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, [`${outDir}/bench.js`], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);

if (process.argv.includes('--engine')) process.exit(0); // engine figures only

// Monte Carlo in the browser's worker, with the main thread watched for long tasks (builds the app).
console.log('\nMonte Carlo in the browser (production build, Chromium):');
const browser = spawnSync(process.execPath, ['scripts/bench-mc-browser.mjs'], { stdio: 'inherit' });

// Price-history import of a generated 46 MB, 200-series file, same build, main thread watched.
console.log('\nPrice-history import in the browser (production build, Chromium):');
const csv = spawnSync(process.execPath, ['scripts/bench-csv-browser.mjs'], { stdio: 'inherit', env: { ...process.env, MH_SKIP_BUILD: '1' } });
process.exit((browser.status ?? 1) || (csv.status ?? 1));
