/**
 * Records of delimited text (RFC 4180 quoting) with true line numbers. A quoted field may run
 * over several lines; each record remembers the line it starts on, so every later line number
 * stays right. A broken quote never swallows the rows after it: the caller can restart reading
 * on the line after the record (see `restartAfter`).
 */

import { QuoteMessages } from '../messages';

export interface CsvRecord {
  readonly fields: string[];
  /** 1-based line the record starts on. */
  readonly line: number;
  /** 1-based line the record ends on (> line when a quoted field holds line breaks). */
  readonly endLine: number;
  /** Indices of fields whose quoted text held a line break. */
  readonly multiLine: readonly number[];
  /** Why the record is malformed (a quote never closed, text after a closing quote); null when well-formed. */
  readonly problem: string | null;
  /** Offset of the record's first character in the text. */
  readonly start: number;
}

export interface RecordReader {
  readonly text: string;
  readonly delimiter: string;
  pos: number;
  line: number;
  /** Offset of the text's last quote, found on first need (-2 until then): a quote after it can never close. */
  lastQuote: number;
}

/** A reader at the start of `text` (line endings \n or \r\n; a lone-\r file must be normalised first). */
export function openRecords(text: string, delimiter: string): RecordReader {
  return { text, delimiter, pos: 0, line: 1, lastQuote: -2 };
}

/** True when the reader has consumed the whole text. */
export function atEnd(r: RecordReader): boolean {
  return r.pos >= r.text.length;
}

/** Moves the reader to the line after the one `record` starts on (its rest is then read as rows of their own). */
export function restartAfter(r: RecordReader, record: CsvRecord): void {
  const nl = r.text.indexOf('\n', record.start);
  r.pos = nl < 0 ? r.text.length : nl + 1;
  r.line = record.line + 1;
}

function stripCr(s: string): string {
  return s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}

/** Reads the next record; call only when `!atEnd(r)`. */
export function nextRecord(r: RecordReader): CsvRecord {
  const { text, delimiter } = r;
  const start = r.pos;
  const line = r.line;
  const nl = text.indexOf('\n', start);
  const lineEnd = nl < 0 ? text.length : nl;
  const raw = text.slice(start, lineEnd);
  // Fast path: no quote on the line, so a plain split is exact.
  if (raw.indexOf('"') < 0) {
    r.pos = lineEnd + 1;
    r.line = line + 1;
    return { fields: stripCr(raw).split(delimiter), line, endLine: line, multiLine: [], problem: null, start };
  }
  return readQuoted(r, start, line);
}

function readQuoted(r: RecordReader, start: number, line: number): CsvRecord {
  const { text, delimiter } = r;
  if (r.lastQuote === -2) r.lastQuote = text.lastIndexOf('"');
  const fields: string[] = [];
  const multiLine: number[] = [];
  let pos = start;
  let endLine = line;
  let problem: string | null = null;
  for (;;) {
    let field = '';
    if (text[pos] === '"') {
      let seg = pos + 1;
      let closed = false;
      for (;;) {
        const q = seg > r.lastQuote ? -1 : text.indexOf('"', seg);
        if (q < 0) break;
        if (text[q + 1] === '"') {
          field += text.slice(seg, q + 1);
          seg = q + 2;
          continue;
        }
        field += text.slice(seg, q);
        pos = q + 1;
        closed = true;
        break;
      }
      if (!closed) return unclosed(r, start, line);
      const breaks = countBreaks(field);
      if (breaks > 0) {
        multiLine.push(fields.length);
        endLine += breaks;
      }
      const c = text[pos];
      if (c !== undefined && c !== delimiter && c !== '\n' && !(c === '\r' && (text[pos + 1] === '\n' || pos + 1 === text.length))) {
        problem = QuoteMessages.afterQuote;
        const stop = nextStop(text, pos, delimiter);
        field += text.slice(pos, stop);
        pos = stop;
      }
    } else {
      const stop = nextStop(text, pos, delimiter);
      field = text.slice(pos, stop);
      pos = stop;
    }
    fields.push(field);
    if (text[pos] === delimiter) {
      pos++;
      continue;
    }
    if (text[pos] === '\r') pos++;
    if (text[pos] === '\n') pos++;
    break;
  }
  r.pos = pos;
  r.line = endLine + 1;
  const last = fields.length - 1;
  if (!multiLine.includes(last)) fields[last] = stripCr(fields[last] as string);
  return { fields, line, endLine, multiLine, problem, start };
}

/** A quote that never closes: the record is its own line, reported; reading resumes on the next line. */
function unclosed(r: RecordReader, start: number, line: number): CsvRecord {
  const nl = r.text.indexOf('\n', start);
  const end = nl < 0 ? r.text.length : nl;
  r.pos = end + 1;
  r.line = line + 1;
  return { fields: [stripCr(r.text.slice(start, end))], line, endLine: line, multiLine: [], problem: QuoteMessages.unclosed, start };
}

function nextStop(text: string, from: number, delimiter: string): number {
  const n = text.indexOf('\n', from);
  const end = n < 0 ? text.length : n;
  const d = text.slice(from, end).indexOf(delimiter);
  const stop = d >= 0 ? from + d : end;
  return stop > from && stop === end && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
