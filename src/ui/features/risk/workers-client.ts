/**
 * The page's side of the two workers: one CSV worker and one Monte Carlo worker, created on first
 * use. Where Web Workers are unavailable (old browsers, jsdom in tests) the same jobs run on the
 * page, in chunks, so the feature still works.
 */
import { describeWorkerFailure } from '../../shared/network-status';
import type { CsvFileInput, CsvResponse, CsvResult, McDone, McResponse, McRunRequest } from '../../../workers/protocol';

const hasWorker = () => typeof Worker !== 'undefined';

let csvWorker: Worker | null = null;
let csvSeq = 0;
const csvPending = new Map<number, { resolve: (r: CsvResult) => void; reject: (e: Error) => void }>();

function getCsvWorker(): Worker {
  if (csvWorker === null) {
    csvWorker = new Worker(new URL('../../../workers/csv.worker.ts', import.meta.url), { type: 'module' });
    csvWorker.onmessage = (e: MessageEvent<CsvResponse>) => {
      const p = csvPending.get(e.data.id);
      csvPending.delete(e.data.id);
      if (!p) return;
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.message));
    };
    csvWorker.onerror = (event) => {
      const message = describeWorkerFailure(event, 'the file reader', 'The file reader stopped unexpectedly.');
      for (const p of csvPending.values()) p.reject(new Error(message));
      csvPending.clear();
      csvWorker = null;
    };
  }
  return csvWorker;
}

/** Parses and aligns price files off the main thread. */
export async function parsePriceFiles(files: readonly CsvFileInput[]): Promise<CsvResult> {
  if (!hasWorker()) {
    const { parseHistoryFiles } = await import('../../../workers/csv-job');
    return parseHistoryFiles(files);
  }
  const id = ++csvSeq;
  return new Promise<CsvResult>((resolve, reject) => {
    csvPending.set(id, { resolve, reject });
    getCsvWorker().postMessage({ id, files });
  });
}

export interface McCallbacks {
  readonly onProgress: (done: number, total: number) => void;
  readonly onDone: (result: McDone) => void;
  readonly onCancelled: () => void;
  readonly onError: (message: string, nearest?: number[][]) => void;
}

export interface McHandle {
  cancel: () => void;
}

let mcWorker: Worker | null = null;
const mcListeners = new Map<number, McCallbacks>();

function getMcWorker(): Worker {
  if (mcWorker === null) {
    mcWorker = new Worker(new URL('../../../workers/monte-carlo.worker.ts', import.meta.url), { type: 'module' });
    mcWorker.onmessage = (e: MessageEvent<McResponse>) => {
      const m = e.data;
      const cb = mcListeners.get(m.id);
      if (!cb) return;
      if (m.type === 'progress') return cb.onProgress(m.done, m.total);
      mcListeners.delete(m.id);
      if (m.type === 'done') cb.onDone(m);
      else if (m.type === 'cancelled') cb.onCancelled();
      else cb.onError(m.message, m.nearest);
    };
    mcWorker.onerror = (event) => {
      const message = describeWorkerFailure(event, 'the simulation', 'The simulation stopped unexpectedly; try fewer paths.');
      for (const cb of mcListeners.values()) cb.onError(message);
      mcListeners.clear();
      mcWorker?.terminate();
      mcWorker = null;
    };
  }
  return mcWorker;
}

/** Starts a Monte Carlo run (in the worker when possible); the handle cancels it. */
export function startMonteCarlo(request: McRunRequest, callbacks: McCallbacks): McHandle {
  if (hasWorker()) {
    const worker = getMcWorker();
    mcListeners.set(request.id, callbacks);
    worker.postMessage(request);
    return { cancel: () => worker.postMessage({ type: 'cancel', id: request.id }) };
  }
  let cancelled = false;
  void import('../../../workers/monte-carlo-job').then(async ({ runMonteCarloJob }) => {
    const outcome = await runMonteCarloJob(request, {
      onProgress: callbacks.onProgress,
      isCancelled: () => cancelled,
      pause: () => new Promise((r) => setTimeout(r, 0)),
    });
    if (outcome.kind === 'done') callbacks.onDone({ type: 'done', id: request.id, results: outcome.results, histogram: outcome.histogram, elapsedMs: outcome.elapsedMs });
    else if (outcome.kind === 'cancelled') callbacks.onCancelled();
    else callbacks.onError(outcome.message, outcome.nearest);
  });
  return { cancel: () => { cancelled = true; } };
}
