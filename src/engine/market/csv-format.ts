/**
 * How a price file writes its numbers: the field delimiter and the decimal mark. Both are read
 * from the whole file, never guessed from one cell: `12,345` is twelve thousand in one file and
 * twelve in another, so when nothing in the file tells them apart the caller must ask the user.
 * Conventions: CLDR number symbols (decimal and group separators per locale, e.g. en "1,234.56",
 * de "1.234,56"); delimiters: RFC 4180 (comma) and the semicolon that spreadsheets write where the
 * comma is the decimal mark.
 */

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export type DecimalMark = 'point' | 'comma';

/** What one number cell says about the decimal mark. */
export type DecimalHint = 'point' | 'comma' | 'ambiguous' | 'none';

/**
 * The decimal mark a number cell implies: with both marks the last one is the decimal
 * (`1,234.5` point, `1.234,5` comma); repeated marks are grouping (`1,234,567` point); one mark
 * followed by exactly three digits after a 1–3 digit non-zero lead (`12,345`, `1.234`) is
 * ambiguous; any other single mark is the decimal.
 */
export function hintOf(cell: string): DecimalHint {
  const s = cell.trim();
  let dots = 0;
  let commas = 0;
  let lastDot = -1;
  let lastComma = -1;
  let firstDigit = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (firstDigit < 0) firstDigit = i;
    } else if (c === 46) {
      dots++;
      lastDot = i;
    } else if (c === 44) {
      commas++;
      lastComma = i;
    } else if (!(i === 0 && (c === 43 || c === 45))) return 'none';
  }
  if (firstDigit < 0 || dots + commas === 0) return 'none';
  if (dots > 0 && commas > 0) return lastDot > lastComma ? 'point' : 'comma';
  const isDot = dots > 0;
  if ((isDot ? dots : commas) > 1) return isDot ? 'comma' : 'point';
  const at = isDot ? lastDot : lastComma;
  const lead = at - firstDigit;
  const tail = s.length - at - 1;
  if (tail === 3 && firstDigit < at && lead <= 3 && s[firstDigit] !== '0') return 'ambiguous';
  return isDot ? 'point' : 'comma';
}

/** The common case, `123.4567`: no grouping, no exponent. */
const PLAIN = /^\d+\.?\d*$/;
const POINT = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const COMMA = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)?(?:,\d+)?$/;

/**
 * A number written with `mark` as its decimal (grouping by the other mark in threes allowed);
 * null when the cell is not such a number. `1,000.95` point -> 1000.95; `1.234,567` comma -> 1234.567.
 */
export function readNumber(cell: string, mark: DecimalMark): number | null {
  const s = cell.trim();
  if (mark === 'point' && PLAIN.test(s)) return Number(s);
  if (s === '' || !/\d/.test(s)) return null;
  if (mark === 'point') {
    if (!POINT.test(s)) return null;
    return Number(s.replace(/,/g, ''));
  }
  if (!COMMA.test(s)) return null;
  return Number(s.replace(/\./g, '').replace(',', '.'));
}

export interface DecimalTally {
  point: number;
  comma: number;
  ambiguous: number;
  /** First ambiguous cell and its line, to show the user what each choice would read. */
  sample: { readonly line: number; readonly cell: string } | null;
}

export function newTally(): DecimalTally {
  return { point: 0, comma: 0, ambiguous: 0, sample: null };
}

export function addToTally(t: DecimalTally, cell: string, line: number): void {
  const h = hintOf(cell);
  if (h === 'point') t.point++;
  else if (h === 'comma') t.comma++;
  else if (h === 'ambiguous') {
    t.ambiguous++;
    if (t.sample === null) t.sample = { line, cell: cell.trim() };
  }
}

export interface DecimalDecision {
  readonly mark: DecimalMark;
  /** 'detected': the file says so; 'ambiguous': nothing in the file decides it (ask the user); 'chosen': the user said so. */
  readonly source: 'detected' | 'ambiguous' | 'chosen';
}

/**
 * The decimal mark from the whole file's tally: the side with evidence (the majority when both
 * have some; the minority's cells are then rejected as unreadable). With only ambiguous cells the
 * default follows the delimiter: comma decimals go with `;` files, points with the others.
 */
export function decideDecimal(t: DecimalTally, delimiter: Delimiter, chosen: DecimalMark | null): DecimalDecision {
  if (chosen !== null) return { mark: chosen, source: 'chosen' };
  if (t.point > 0 || t.comma > 0) return { mark: t.comma > t.point ? 'comma' : 'point', source: 'detected' };
  const mark: DecimalMark = delimiter === ';' ? 'comma' : 'point';
  return { mark, source: t.ambiguous > 0 ? 'ambiguous' : 'detected' };
}

/** Plain name of a delimiter for messages. */
export function delimiterName(d: Delimiter): string {
  return d === ',' ? 'comma' : d === ';' ? 'semicolon' : d === '\t' ? 'tab' : 'vertical bar';
}
