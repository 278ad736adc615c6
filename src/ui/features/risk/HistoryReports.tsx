/**
 * What the import made of each file: files refused, renamed symbols, the decimal-mark question
 * when a file cannot settle it (with what each choice reads for one of its prices), and every
 * rejected or suspicious row with its line number and reason.
 */
import { useId, useState } from 'react';
import type { CsvIssue, DecimalMark } from '../../../engine';
import type { CsvFileReport, CsvResult } from '../../../workers/protocol';
import { formatNumber } from '../../shared/format';

const MAX_ISSUES_SHOWN = 10;
const MAX_ISSUES_LISTED = 1000;

const plural = (n: number, word: string) => `${formatNumber(n, { maximumFractionDigits: 0 })} ${word}${n === 1 ? '' : 's'}`;
const read = (x: number | null) => (x === null ? 'nothing (not a number)' : formatNumber(x, { maximumFractionDigits: 10 }));

function IssueList({ issues, label }: { readonly issues: readonly CsvIssue[]; readonly label: string }) {
  const item = (i: CsvIssue) => (
    <li key={`${i.line}-${i.reason}`}>
      Line {i.line}: {i.reason}
    </li>
  );
  return (
    <>
      <ul aria-label={label}>{issues.slice(0, MAX_ISSUES_SHOWN).map(item)}</ul>
      {issues.length > MAX_ISSUES_SHOWN ? (
        <details>
          <summary>Show {issues.length - MAX_ISSUES_SHOWN > MAX_ISSUES_LISTED ? `the next ${formatNumber(MAX_ISSUES_LISTED)}` : `all ${formatNumber(issues.length)}`}</summary>
          <ul>{issues.slice(MAX_ISSUES_SHOWN, MAX_ISSUES_SHOWN + MAX_ISSUES_LISTED).map(item)}</ul>
        </details>
      ) : null}
    </>
  );
}

function DecimalChoice({ file, onDecimal, busy }: { readonly file: Extract<CsvFileReport, { ok: true }>; readonly onDecimal: (name: string, mark: DecimalMark) => void; readonly busy: boolean }) {
  const id = useId();
  const { format } = file;
  const s = format.sample;
  const detected = format.decimalSource === 'ambiguous' ? format.decimal : null;
  // The choice shows at once, while the worker re-reads the file; the re-read report replaces `file`.
  const [picked, setPicked] = useState<{ readonly mark: DecimalMark; readonly of: typeof file } | null>(null);
  const shown = picked !== null && picked.of === file ? picked.mark : format.decimal;
  const choose = (mark: DecimalMark) => {
    setPicked({ mark, of: file });
    onDecimal(file.name, mark);
  };
  const option = (mark: DecimalMark, label: string, value: number | null) => (
    <label className="risk-choice">
      <input type="radio" name={id} value={mark} checked={shown === mark} disabled={busy} aria-describedby={`${id}-hint`} onChange={() => choose(mark)} />
      {label}
      {s ? `: line ${s.line}, “${s.cell}” reads ${read(value)}` : ''}
      {detected === mark ? ' (default)' : ''}
    </label>
  );
  return (
    <fieldset className="risk-decimal">
      <legend>Decimal mark in {file.name}</legend>
      <p className="hint" id={`${id}-hint`}>
        {format.decimalSource === 'chosen' ? 'Read with the mark you chose.' : 'Nothing in this file tells the decimal mark apart from a thousands separator. Check one price against its source and choose:'}
      </p>
      {option('point', 'Decimal point (1,234.5)', s?.asPoint ?? null)}
      {option('comma', 'Decimal comma (1.234,5)', s?.asComma ?? null)}
    </fieldset>
  );
}

/** The report box; null when every file was read cleanly. */
export function HistoryReports({ result, onDecimal, busy }: { readonly result: CsvResult; readonly onDecimal: (name: string, mark: DecimalMark) => void; readonly busy: boolean }) {
  const failed = result.files.filter((f) => !f.ok);
  const shown = result.files.filter((f): f is Extract<CsvFileReport, { ok: true }> => f.ok && (f.issues.length > 0 || f.suspicious.length > 0 || f.format.decimalSource !== 'detected'));
  if (failed.length === 0 && shown.length === 0 && result.renamed.length === 0) return null;
  return (
    <div className="warning risk-file-report" aria-busy={busy}>
      {failed.map((f) => (
        <p key={f.name} role="alert">
          <strong>{f.name}</strong>: {f.ok ? '' : f.message}
        </p>
      ))}
      {result.renamed.length > 0 ? <p>Renamed: {result.renamed.join('; ')}.</p> : null}
      {shown.map((f) => (
        <div key={f.name}>
          {f.format.decimalSource !== 'detected' ? <DecimalChoice file={f} onDecimal={onDecimal} busy={busy} /> : null}
          {f.issues.length > 0 ? (
            <>
              <p>
                <strong>{f.name}</strong>: {plural(f.issues.length, 'row')} rejected (not used):
              </p>
              <IssueList issues={f.issues} label={`Rejected rows of ${f.name}`} />
            </>
          ) : null}
          {f.suspicious.length > 0 ? (
            <>
              <p>
                <strong>{f.name}</strong>: {plural(f.suspicious.length, 'row')} used but suspicious:
              </p>
              <IssueList issues={f.suspicious} label={`Suspicious rows of ${f.name}`} />
            </>
          ) : null}
        </div>
      ))}
    </div>
  );
}
