/**
 * Monte Carlo off the main thread: runs the engine's simulation in chunks, posts progress after
 * each, and stops when a cancel message for the run arrives. Option hedges arrive as payoff tables
 * (functions cannot be posted) and are interpolated here: see protocol.ts.
 */
import { runMonteCarloJob } from './monte-carlo-job';
import { createPause } from './pause';
import type { McRequest, McResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const cancelled = new Set<number>();

const pause = createPause();

const post = (message: McResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<McRequest>) => {
  const req = event.data;
  if (req.type === 'cancel') {
    cancelled.add(req.id);
    return;
  }
  const { id } = req;
  let lastPost = 0;
  try {
    const outcome = await runMonteCarloJob(req, {
      onProgress: (done, total) => {
        const t = performance.now();
        if (t - lastPost > 50 || done === total) {
          lastPost = t;
          post({ type: 'progress', id, done, total });
        }
      },
      isCancelled: () => cancelled.has(id),
      pause,
      now: () => performance.now(),
    });
    if (outcome.kind === 'done') post({ type: 'done', id, results: outcome.results, histogram: outcome.histogram, elapsedMs: outcome.elapsedMs });
    else if (outcome.kind === 'cancelled') post({ type: 'cancelled', id });
    else post({ type: 'error', id, message: outcome.message, ...(outcome.nearest ? { nearest: outcome.nearest } : {}) });
  } catch {
    post({ type: 'error', id, message: 'The simulation stopped unexpectedly; try fewer paths.' });
  } finally {
    cancelled.delete(id);
  }
};
