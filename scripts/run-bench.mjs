// Bundles scripts/bench.ts the way production code is built (Vite/Rolldown, no keep-names
// wrappers such as a TypeScript runner injects), then runs it with plain Node.
import { spawnSync } from 'node:child_process';

const outDir = '.tmp/bench';
const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--ssr', 'scripts/bench.ts', '--outDir', outDir, '--logLevel', 'warn', '--emptyOutDir'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(process.execPath, [`${outDir}/bench.js`], { stdio: 'inherit' });
process.exit(run.status ?? 1);
