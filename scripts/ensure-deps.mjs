// Installs what is missing before `npm start` / `npm test`: the npm packages when node_modules is
// absent or older than package-lock.json, and (with --browser) Debian's Chromium when absent and
// run as root. Uses only Node built-ins, so it works before anything is installed.
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`ensure-deps: "${cmd} ${args.join(' ')}" failed (exit ${r.status}).`);
    process.exit(r.status ?? 1);
  }
}

function packagesStale() {
  const marker = 'node_modules/.package-lock.json';
  if (!existsSync(marker)) return true;
  return existsSync('package-lock.json') && statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
}

if (packagesStale()) {
  console.log('ensure-deps: installing npm packages (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (process.argv.includes('--browser') && !existsSync(CHROMIUM)) {
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log("ensure-deps: installing Debian's Chromium for the browser tests…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium']);
  } else {
    console.error(`ensure-deps: no Chromium at ${CHROMIUM}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
