/**
 * Price history in: the sample prices (one button), uploaded CSV files, or pasted CSV text. Parsing
 * runs in a Web Worker; every unusable row is listed with its line number and reason.
 */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { TextField } from '../../shared/fields';
import { formatNumber } from '../../shared/format';
import type { CsvFileInput, CsvResult } from '../../../workers/protocol';
import { useHistoryStore } from './history-store';
import { parsePriceFiles } from './workers-client';

export const SAMPLE_FILES = [
  { name: 'stocks.csv', url: './data/stocks.csv' },
  { name: 'sp500.csv', url: './data/sp500.csv', symbol: 'S&P 500' },
] as const;

const MAX_ISSUES_SHOWN = 10;
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const ImportMessages = {
  sampleFailed: 'The sample prices could not be loaded. Check the connection and try again.',
  readFailed: 'These files could not be read.',
  tooLarge: (name: string) => `${name} is larger than 50 MB; split it into several files.`,
  emptyPaste: 'Paste CSV text first: a header row (e.g. Date,Close or symbol,date,price), then one row per date.',
} as const;

type Status = { readonly kind: 'idle' } | { readonly kind: 'busy'; readonly what: string } | { readonly kind: 'error'; readonly message: string };

function summary(result: CsvResult, source: string): string {
  const h = result.history;
  if (h === null) return `${source}: ${result.alignMessage ?? 'no usable prices.'}`;
  const first = h.dates[0] ?? '';
  const last = h.dates[h.dates.length - 1] ?? '';
  return `${source}: ${h.symbols.length} price series (${h.symbols.join(', ')}) on ${formatNumber(h.dates.length, { maximumFractionDigits: 0 })} common dates, ${first} to ${last}.`;
}

export function HistoryImport({ targetName }: { readonly targetName: string }) {
  const result = useHistoryStore((s) => s.result);
  const source = useHistoryStore((s) => s.source);
  const setResult = useHistoryStore((s) => s.setResult);
  const clear = useHistoryStore((s) => s.clear);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [paste, setPaste] = useState('');
  const [pasteSymbol, setPasteSymbol] = useState('');
  const fileId = useId();
  const pasteId = useId();

  const load = async (what: string, files: () => Promise<CsvFileInput[]>, failure: string) => {
    setStatus({ kind: 'busy', what });
    try {
      const inputs = await files();
      const parsed = await parsePriceFiles(inputs);
      setResult(parsed, what, targetName);
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'error', message: e instanceof RangeError ? e.message : failure });
    }
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
    void load(list.length === 1 ? (list[0] as File).name : `${list.length} files`, () => Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() }))), ImportMessages.readFailed);
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
        {busy ? `Reading ${status.what}…` : result !== null ? summary(result, source) : 'No price history loaded: the figures below use the volatilities, betas and the average correlation typed above.'}
      </p>
      {status.kind === 'error' ? (
        <p role="alert" className="field-error">
          {status.message}
        </p>
      ) : null}
      {result !== null ? <FileReports result={result} /> : null}
    </section>
  );
}

function FileReports({ result }: { readonly result: CsvResult }) {
  const failed = result.files.filter((f) => !f.ok);
  const withIssues = result.files.filter((f) => f.ok && f.issues.length > 0);
  if (failed.length === 0 && withIssues.length === 0 && result.renamed.length === 0) return null;
  return (
    <div className="warning risk-file-report">
      {failed.map((f) => (
        <p key={f.name} role="alert">
          <strong>{f.name}</strong>: {f.ok ? '' : f.message}
        </p>
      ))}
      {result.renamed.length > 0 ? <p>Renamed: {result.renamed.join('; ')}.</p> : null}
      {withIssues.map((f) =>
        f.ok ? (
          <div key={f.name}>
            <p>
              <strong>{f.name}</strong>: {f.issues.length} row{f.issues.length === 1 ? '' : 's'} not used:
            </p>
            <ul>
              {f.issues.slice(0, MAX_ISSUES_SHOWN).map((i) => (
                <li key={i.line}>
                  Line {i.line}: {i.reason}
                </li>
              ))}
              {f.issues.length > MAX_ISSUES_SHOWN ? <li>and {f.issues.length - MAX_ISSUES_SHOWN} more.</li> : null}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}
