// Browser benchmark of the Monte Carlo worker: "100,000 paths × 20 assets ≤ 1 s in the worker with
// the page responsive (no main-thread task over 50 ms during the run)". Builds the app (unless
// MH_SKIP_BUILD=1), serves it with `vite preview`, opens it in Debian's Chromium with `?mh-bench`
// (which exposes window.__mhBench, see src/ui/features/risk/bench-hook.ts), runs the simulation in
// the real worker, and reads the worker's run time and the longest main-thread task seen by a
// PerformanceObserver('longtask') in the page. Run by hand: `node scripts/bench-mc-browser.mjs`.
import { buildUnlessSkipped, LONG_TASK_MS, withBenchPage } from './browser-bench.mjs';

const PATHS = Number(process.env.MH_BENCH_PATHS || 100_000);
const ASSETS = Number(process.env.MH_BENCH_ASSETS || 20);
const LIMIT_MS = 1000;

buildUnlessSkipped();

process.exitCode = await withBenchPage('?mh-bench', async (page) => {
  // The risk panel (which installs the hook) mounts when it comes near the viewport.
  await page.getByRole('heading', { level: 2, name: 'Portfolio risk: micro vs macro' }).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__mhBench !== undefined, null, { timeout: 60_000 });
  // Warm-up: worker start, JIT.
  await page.evaluate(({ a }) => window.__mhBench.run(10_000, a, 1), { a: ASSETS });

  const measure = (scenarios) =>
    page.evaluate(
      async ({ paths, assets, scenarios }) => {
        const start = performance.now();
        const outcome = await window.__mhBench.run(paths, assets, scenarios);
        const end = performance.now();
        const during = window.__longTasks.filter((t) => t.start + t.duration >= start && t.start <= end);
        return { ...outcome, longTasks: during.length, longestTaskMs: during.reduce((m, t) => Math.max(m, t.duration), 0) };
      },
      { paths: PATHS, assets: ASSETS, scenarios },
    );

  const one = await measure(1);
  const three = await measure(3);
  const line = (label, r) =>
    `${label}: worker ${r.workerMs.toFixed(0)} ms (wall ${r.wallMs.toFixed(0)} ms); main-thread long tasks during the run: ${r.longTasks}` +
    (r.longTasks > 0 ? `, longest ${r.longestTaskMs.toFixed(0)} ms` : ` (none over ${LONG_TASK_MS} ms)`);
  console.log(line(`Monte Carlo ${PATHS.toLocaleString('en-US')} paths × ${ASSETS} assets, 1 portfolio`, one));
  console.log(line(`Same, 3 portfolios as the app runs them (unhedged, micro, macro)`, three));
  const ok = one.workerMs <= LIMIT_MS && one.longestTaskMs <= LONG_TASK_MS;
  console.log(ok ? `PASS: ≤ ${LIMIT_MS} ms in the worker, no main-thread task over ${LONG_TASK_MS} ms.` : 'FAIL: the target was missed.');
  return ok ? 0 : 1;
});
