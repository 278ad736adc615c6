/**
 * Price history in: the sample prices (one button), uploaded CSV files, or pasted CSV text. Reading,
 * parsing and aligning run in a Web Worker, with progress and cancel; every rejected or suspicious
 * row is listed with its line number and reason (HistoryReports).
 */
import { startTransition, useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type { DecimalMark } from '../../../engine';
import { TextField } from '../../shared/fields';
import { formatNumber } from '../../shared/format';
import type { CsvFileInput, CsvResult, HistoryPhase } from '../../../workers/protocol';
import { useHistoryStore } from './history-store';
import { HistoryReports } from './HistoryReports';
import type { JobHandle } from './workers-client';
import { importHistory } from './workers-client';

export const SAMPLE_FILES = [
  { name: 'stocks.csv', url: './data/stocks.csv' },
  { name: 'sp500.csv', url: './data/sp500.csv', symbol: 'S&P 500' },
] as const;

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const ImportMessages = {
  sampleFailed: 'The sample prices could not be loaded. Check the connection and try again.',
  readFailed: 'These files could not be read.',
  tooLarge: (name: string) => `${name} is larger than 50 MB; split it into several files.`,
  emptyPaste: 'Paste CSV text first: a header row (e.g. Date,Close or symbol,date,price), then one row per date.',
  cancelled: 'Reading was cancelled; nothing was changed.',
} as const;

const PHASES: Record<HistoryPhase, string> = { reading: 'Reading', parsing: 'Checking rows of', aligning: 'Aligning the dates of', estimating: 'Estimating from' };

type Status =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly what: string; readonly phase: HistoryPhase; readonly fraction: number }
  | { readonly kind: 'error'; readonly message: string };

function summary(result: CsvResult, source: string): string {
  const h = result.history;
  if (h === null) return `${source}: ${result.alignMessage ?? 'no usable prices.'}`;
  return `${source}: ${h.symbols.length} price series (${h.symbols.length > 12 ? `${h.symbols.slice(0, 12).join(', ')} and ${h.symbols.length - 12} more` : h.symbols.join(', ')}) on ${formatNumber(h.dateCount, { maximumFractionDigits: 0 })} common dates, ${h.first} to ${h.last}.`;
}

export function HistoryImport({ targetName }: { readonly targetName: string }) {
  const result = useHistoryStore((s) => s.result);
  const source = useHistoryStore((s) => s.source);
  const inputs = useHistoryStore((s) => s.inputs);
  const setResult = useHistoryStore((s) => s.setResult);
  const clear = useHistoryStore((s) => s.clear);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [paste, setPaste] = useState('');
  const [pasteSymbol, setPasteSymbol] = useState('');
  const job = useRef<JobHandle | null>(null);
  const runs = useRef(0);
  const fileId = useId();
  const pasteId = useId();
  useEffect(() => () => job.current?.cancel(), []);

  const load = async (what: string, files: () => Promise<CsvFileInput[]>, failure: string) => {
    job.current?.cancel();
    const run = ++runs.current;
    // Only the latest load speaks: a superseded one's "cancelled" must not cover the new one.
    const mine = (f: () => void) => {
      if (runs.current === run) f();
    };
    setStatus({ kind: 'busy', what, phase: 'reading', fraction: 0 });
    let inputsRead: CsvFileInput[];
    try {
      inputsRead = await files();
    } catch {
      return mine(() => setStatus({ kind: 'error', message: failure }));
    }
    if (runs.current !== run) return;
    job.current = importHistory(inputsRead, {
      onProgress: (phase, done, total) => mine(() => setStatus({ kind: 'busy', what, phase, fraction: total > 0 ? done / total : 0 })),
      onDone: (r) =>
        mine(() => {
          job.current = null;
          // A transition renders in slices, so the estimates form of 200 series never holds up the page.
          startTransition(() => {
            setResult(r, what, targetName, inputsRead);
            setStatus({ kind: 'idle' });
          });
        }),
      onCancelled: () =>
        mine(() => {
          job.current = null;
          setStatus({ kind: 'error', message: ImportMessages.cancelled });
        }),
      onError: (message) =>
        mine(() => {
          job.current = null;
          setStatus({ kind: 'error', message: message || failure });
        }),
    });
  };

  const onDecimal = (name: string, mark: DecimalMark) => {
    const next = inputs.map((f) => (f.name === name ? { ...f, decimal: mark } : f));
    void load(source, async () => next, ImportMessages.readFailed);
  };

  const loadSample = () =>
    load(
      'Sample prices',
      () =>
        Promise.all(
          SAMPLE_FILES.map(async (f) => {
            const res = await fetch(f.url);
            if (!res.ok) throw new Error(res.statusText);
            return { name: f.name, text: await res.text(), ...('symbol' in f ? { symbol: f.symbol } : {}) };
          }),
        ),
      ImportMessages.sampleFailed,
    );

  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const list = [...(e.target.files ?? [])];
    e.target.value = '';
    if (list.length === 0) return;
    const big = list.find((f) => f.size > MAX_FILE_BYTES);
    if (big) return setStatus({ kind: 'error', message: ImportMessages.tooLarge(big.name) });
    // The worker reads the files: their text never lands on the page.
    void load(list.length === 1 ? (list[0] as File).name : `${list.length} files`, async () => list.map((f) => ({ name: f.name, blob: f })), ImportMessages.readFailed);
  };

  const onPaste = () => {
    if (paste.trim() === '') return setStatus({ kind: 'error', message: ImportMessages.emptyPaste });
    void load('Pasted prices', async () => [{ name: 'Pasted prices', text: paste, symbol: pasteSymbol.trim() || 'PASTED' }], ImportMessages.readFailed);
  };

  const busy = status.kind === 'busy';
  return (
    <section className="risk-section" aria-labelledby={`${fileId}-h`}>
      <h3 id={`${fileId}-h`}>Price history</h3>
      <p className="hint">
        One CSV per asset (Date and Close or Adj Close columns, as Yahoo Finance exports) or one long file with symbol, date, price. Series are aligned on the dates they share.
      </p>
      <div className="toolbar">
        <button type="button" className="primary" onClick={() => void loadSample()} disabled={busy}>
          Load sample prices
        </button>
        <span className="field risk-file">
          <label htmlFor={fileId}>Upload CSV files</label>
          <input id={fileId} type="file" accept=".csv,.txt,text/csv,text/plain" multiple onChange={onFiles} disabled={busy} />
        </span>
        {result !== null ? (
          <button type="button" onClick={() => { clear(); setStatus({ kind: 'idle' }); }} disabled={busy}>
            Clear price history
          </button>
        ) : null}
      </div>
      <p className="hint credit">Sample prices: vega-datasets (BSD-3-Clause) — monthly AAPL, AMZN, GOOG, IBM, MSFT and the S&amp;P 500, 2000–2010.</p>
      <details className="risk-paste">
        <summary>Paste CSV text instead</summary>
        <div className="field">
          <label htmlFor={pasteId}>CSV prices</label>
          <textarea id={pasteId} rows={6} value={paste} spellCheck={false} onChange={(e) => setPaste(e.target.value)} placeholder={'Date,Close\n2024-01-02,185.64\n2024-01-03,184.25'} />
        </div>
        <div className="field-grid">
          <TextField label="Symbol for a one-asset paste" value={pasteSymbol} onChange={setPasteSymbol} inputMode="text" maxLength={40} hint="Ignored when the text has a symbol column." />
        </div>
        <button type="button" onClick={onPaste} disabled={busy}>
          Read pasted prices
        </button>
      </details>
      <p role="status" aria-live="polite" className="risk-status">
        {status.kind === 'busy'
          ? `${PHASES[status.phase]} ${status.what}…`
          : result !== null
            ? summary(result, source)
            : 'No price history loaded: the figures below use the volatilities, betas and the average correlation typed above.'}
      </p>
      {status.kind === 'busy' ? (
        <div className="risk-import-progress">
          <progress aria-label="Reading progress" max={100} value={Math.round(status.fraction * 100)} />
          <button type="button" onClick={() => job.current?.cancel()}>
            Cancel reading
          </button>
        </div>
      ) : null}
      {status.kind === 'error' ? (
        <p role="alert" className="field-error">
          {status.message}
        </p>
      ) : null}
      {result !== null ? <HistoryReports result={result} onDecimal={onDecimal} busy={busy} /> : null}
    </section>
  );
}
