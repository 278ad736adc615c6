/**
 * The page's side of the two workers: one price-history worker and one Monte Carlo worker, created on first
 * use. Where Web Workers are unavailable (old browsers, jsdom in tests) the same jobs run on the
 * page, in chunks, so the feature still works.
 */
import { describeWorkerFailure } from '../../shared/network-status';
import type { EstimateChoices, HistoryEstimates } from '../../../workers/estimates-job';
import type { CsvFileInput, CsvResult, HistoryPhase, HistoryRequest, HistoryResponse, McDone, McResponse, McRunRequest } from '../../../workers/protocol';

const hasWorker = () => typeof Worker !== 'undefined';

export interface JobCallbacks<T> {
  readonly onProgress: (phase: HistoryPhase, done: number, total: number) => void;
  readonly onDone: (value: T) => void;
  readonly onCancelled: () => void;
  readonly onError: (message: string) => void;
}

export interface JobHandle {
  cancel: () => void;
}

type Listener = (m: HistoryResponse) => void;
const historyListeners = new Map<number, Listener>();
let historySeq = 0;
let historyWorker: Worker | null = null;
let pageService: Promise<{ handle: (r: HistoryRequest) => Promise<void> }> | null = null;

function dispatch(m: HistoryResponse) {
  const listener = historyListeners.get(m.id);
  if (!listener) return;
  if (m.type !== 'progress') historyListeners.delete(m.id);
  listener(m);
}

function getHistoryWorker(): Worker {
  if (historyWorker === null) {
    historyWorker = new Worker(new URL('../../../workers/csv.worker.ts', import.meta.url), { type: 'module' });
    historyWorker.onmessage = (e: MessageEvent<HistoryResponse>) => dispatch(e.data);
    historyWorker.onerror = (event) => {
      const message = describeWorkerFailure(event, 'the price-history reader', 'The price-history reader stopped unexpectedly; load the files again.');
      const ids = [...historyListeners.keys()];
      for (const id of ids) dispatch({ type: 'error', id, message });
      historyWorker?.terminate();
      historyWorker = null;
    };
  }
  return historyWorker;
}

/** Without Workers (old browsers, jsdom) the same service runs on the page, pausing with timers. */
function getPageService() {
  pageService ??= import('../../../workers/history-service').then(({ createHistoryService }) =>
    createHistoryService({ post: dispatch, pause: () => new Promise((r) => setTimeout(r, 0)), now: () => Date.now() }),
  );
  return pageService;
}

function send(request: HistoryRequest) {
  if (hasWorker()) getHistoryWorker().postMessage(request);
  else void getPageService().then((s) => s.handle(request));
}

function start<T>(request: HistoryRequest, pick: (m: HistoryResponse) => T | undefined, cb: JobCallbacks<T>): JobHandle {
  historyListeners.set(request.id, (m) => {
    if (m.type === 'progress') return cb.onProgress(m.phase, m.done, m.total);
    if (m.type === 'cancelled') return cb.onCancelled();
    if (m.type === 'error') return cb.onError(m.message);
    const value = pick(m);
    if (value !== undefined) cb.onDone(value);
  });
  send(request);
  return {
    cancel: () => {
      if (!historyListeners.has(request.id)) return;
      send({ type: 'cancel', id: request.id });
    },
  };
}

/** Reads, parses and aligns price files in the worker; the result carries a summary of the history kept there. */
export function importHistory(files: readonly CsvFileInput[], cb: JobCallbacks<CsvResult>): JobHandle {
  return start({ type: 'import', id: ++historySeq, files }, (m) => (m.type === 'imported' ? m.result : undefined), cb);
}

/** Estimates from the history kept in the worker under `historyId`. */
export function estimateHistory(historyId: number, choices: EstimateChoices, cb: JobCallbacks<HistoryEstimates>): JobHandle {
  return start({ type: 'estimate', id: ++historySeq, historyId, choices }, (m) => (m.type === 'estimated' ? m.estimates : undefined), cb);
}

/** One price series of the history kept in the worker under `historyId`. */
export function fetchSeries(historyId: number, symbol: string): Promise<readonly number[]> {
  return new Promise((resolve, reject) => {
    start({ type: 'series', id: ++historySeq, historyId, symbol }, (m) => (m.type === 'series' ? m.prices : undefined), {
      onProgress: () => {},
      onDone: resolve,
      onCancelled: () => reject(new Error('cancelled')),
      onError: (message) => reject(new Error(message)),
    });
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
