/**
 * Test hook for the browser benchmark (scripts/bench-mc-browser.mjs): only when the page URL has
 * `?mh-bench`, exposes `window.__mhBench.run(paths, assets, scenarios)`, which runs a synthetic
 * linear portfolio through the real Monte Carlo worker and resolves with the worker's run time.
 */
import type { McRunRequest } from '../../../workers/protocol';
import { startMonteCarlo } from './workers-client';

export interface BenchOutcome {
  readonly workerMs: number;
  readonly wallMs: number;
  readonly paths: number;
  readonly assets: number;
  readonly scenarios: number;
}

declare global {
  interface Window {
    __mhBench?: { run: (paths: number, assets: number, scenarios?: number) => Promise<BenchOutcome> };
  }
}

let benchId = 1_000_000;

/** A PSD equicorrelated universe with one long position per asset. */
export function benchRequest(paths: number, assets: number, scenarios: number): McRunRequest {
  const vols = Array.from({ length: assets }, (_, i) => 0.15 + (0.25 * i) / Math.max(1, assets - 1));
  const correlation = Array.from({ length: assets }, (_, i) => Array.from({ length: assets }, (_, j) => (i === j ? 1 : 0.3)));
  const positions = vols.map((_, i) => ({ kind: 'linear' as const, asset: i, value: 10_000 }));
  return {
    type: 'run', id: benchId++, volsAnnual: vols, correlation, horizonYears: 10 / 252, spots: vols.map(() => 1),
    paths, seed: 7, model: 'lognormal', bins: 60, scenarios: Array.from({ length: scenarios }, (_, s) => ({ name: `S${s + 1}`, positions })),
  };
}

export function installBenchHook(): void {
  if (typeof window === 'undefined' || !window.location.search.includes('mh-bench')) return;
  window.__mhBench = {
    run: (paths, assets, scenarios = 1) =>
      new Promise((resolve, reject) => {
        const t0 = performance.now();
        startMonteCarlo(benchRequest(paths, assets, scenarios), {
          onProgress: () => {},
          onDone: (r) => resolve({ workerMs: r.elapsedMs, wallMs: performance.now() - t0, paths, assets, scenarios }),
          onCancelled: () => reject(new Error('cancelled')),
          onError: (m) => reject(new Error(m)),
        });
      }),
  };
}
