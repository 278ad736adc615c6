// Builds the production bundle, then runs the browser journeys against it (vite preview, Chromium).
import { spawnSync } from 'node:child_process';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (process.env.MH_SKIP_BUILD !== '1') run('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
run('node', ['node_modules/vitest/vitest.mjs', 'run', '--project', 'e2e', ...process.argv.slice(2)]);
