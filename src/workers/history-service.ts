/**
 * The CSV worker's state and message handling, as a plain object (the worker wires it to
 * postMessage; without Workers the page runs the same object): imports keep the aligned history
 * here, and only a summary goes back, so a 46 MB import never crosses to the page; estimates are
 * computed here from that history. Jobs run in steps of about `sliceMs`, pausing in between so a
 * cancel message can arrive; progress goes out at most every `progressMs`.
 */
import type { AlignedHistory } from '../engine';
import type { CsvTextInput, ParsedHistory } from './csv-job';
import { parseHistorySteps } from './csv-job';
import { estimateHistorySteps } from './estimates-job';
import type { CsvFileInput, CsvResult, HistoryPhase, HistoryRequest, HistoryResponse } from './protocol';

export interface ServiceHooks {
  readonly post: (message: HistoryResponse) => void;
  /** Lets other events (a cancel message) in. */
  readonly pause: () => Promise<void>;
  readonly now: () => number;
  readonly sliceMs?: number;
  /** Least time between two progress messages (each one redraws part of the page). */
  readonly progressMs?: number;
}

export const ServiceMessages = {
  failed: 'These files could not be read.',
  estimateFailed: 'The estimates could not be computed.',
  gone: 'The price history is no longer loaded; load it again.',
  noSeries: 'This symbol is not in the loaded price history.',
} as const;

/** The page's view of an aligned history. */
function summarize(p: ParsedHistory, id: number): CsvResult {
  const h = p.history;
  return {
    ...p,
    history: h === null ? null : { id, symbols: h.symbols, dateCount: h.dates.length, first: h.dates[0] ?? '', last: h.dates[h.dates.length - 1] ?? '' },
  };
}

export function createHistoryService(hooks: ServiceHooks) {
  const cancelled = new Set<number>();
  let current: { id: number; history: AlignedHistory } | null = null;
  const slice = hooks.sliceMs ?? 25;
  const every = hooks.progressMs ?? 200;

  /** Runs a step generator, posting progress and pausing every `slice` ms; null when cancelled. */
  async function drive<P, T>(id: number, steps: Generator<P, T>, progress: (p: P) => { phase: HistoryPhase; done: number; total: number }): Promise<T | null> {
    let last = hooks.now();
    let posted = last;
    for (;;) {
      const s = steps.next();
      if (s.done) return s.value;
      const t = hooks.now();
      if (t - last >= slice) {
        if (t - posted >= every) {
          hooks.post({ type: 'progress', id, ...progress(s.value) });
          posted = t;
        }
        await hooks.pause();
        if (cancelled.has(id)) return null;
        last = hooks.now();
      }
    }
  }

  async function readAll(files: readonly CsvFileInput[]): Promise<CsvTextInput[]> {
    return Promise.all(
      files.map(async (f) => ({
        name: f.name,
        text: f.blob !== undefined ? await f.blob.text() : (f.text ?? ''),
        ...(f.symbol !== undefined ? { symbol: f.symbol } : {}),
        ...(f.decimal !== undefined ? { decimal: f.decimal } : {}),
      })),
    );
  }

  async function run(req: Exclude<HistoryRequest, { type: 'cancel' }>): Promise<void> {
    const { id } = req;
    if (req.type === 'import') {
      hooks.post({ type: 'progress', id, phase: 'reading', done: 0, total: 1 });
      const texts = await readAll(req.files);
      if (cancelled.has(id)) return hooks.post({ type: 'cancelled', id });
      const parsed = await drive(id, parseHistorySteps(texts), (p) => p);
      if (parsed === null) return hooks.post({ type: 'cancelled', id });
      current = parsed.history === null ? current : { id, history: parsed.history };
      return hooks.post({ type: 'imported', id, result: summarize(parsed, id) });
    }
    if (current === null || current.id !== req.historyId) return hooks.post({ type: 'error', id, message: ServiceMessages.gone });
    if (req.type === 'series') {
      const i = current.history.symbols.indexOf(req.symbol);
      if (i < 0) return hooks.post({ type: 'error', id, message: ServiceMessages.noSeries });
      return hooks.post({ type: 'series', id, dates: current.history.dates, prices: current.history.prices[i] ?? [] });
    }
    const estimates = await drive(id, estimateHistorySteps(current.history, req.choices), (f) => ({ phase: 'estimating', done: f, total: 1 }));
    if (estimates === null) return hooks.post({ type: 'cancelled', id });
    hooks.post({ type: 'estimated', id, estimates });
  }

  return {
    /** Handles one request; never throws (a bug becomes an error message). */
    async handle(req: HistoryRequest): Promise<void> {
      if (req.type === 'cancel') {
        cancelled.add(req.id);
        return;
      }
      try {
        await run(req);
      } catch {
        hooks.post({ type: 'error', id: req.id, message: req.type === 'import' ? ServiceMessages.failed : req.type === 'series' ? ServiceMessages.gone : ServiceMessages.estimateFailed });
      } finally {
        cancelled.delete(req.id);
      }
    },
  };
}
