/** Cell-level reading of price CSVs: sniffing non-CSV input, locating columns, reading a price. */
import type { DecimalMark } from './csv-format';
import { hintOf, readNumber } from './csv-format';
import { CsvMessages } from '../messages';

/** Prices accepted: wide enough for penny tokens and index points, narrow enough that returns stay finite. */
export const PRICE_RANGE = { min: 1e-9, max: 1e12 } as const;

const DATE_NAMES = ['date', 'timestamp', 'time', 'day'];
/** Adjusted close first: it folds dividends and splits in, so returns are not broken by a split. */
const PRICE_NAMES = ['adj close', 'adj_close', 'adjclose', 'adjusted close', 'adjusted_close', 'close', 'price', 'value', 'last'];
const SYMBOL_NAMES = ['symbol', 'ticker'];

/** Rejects inputs that are not CSV at all with one clear message; null when it may be CSV. */
export function sniff(text: string): string | null {
  const head = text.slice(0, 2048);
  if (head.trim() === '') return CsvMessages.empty;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    // NUL and other C0 controls (tab, CR, LF, FF aside) never occur in a text CSV.
    if (c < 9 || (c > 13 && c < 32)) return CsvMessages.binary;
  }
  const t = head.trimStart().toLowerCase();
  if (t.startsWith('<')) return CsvMessages.html;
  if (t.startsWith('{') || t.startsWith('[')) return CsvMessages.json;
  return null;
}

export interface Columns {
  readonly date: number;
  readonly price: number;
  readonly symbol: number;
  readonly width: number;
}

/** Column positions from the header row (names case-insensitive; Adj Close preferred over Close); null without date and price. */
export function findColumns(header: readonly string[]): Columns | null {
  const names = header.map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  const pick = (candidates: readonly string[]): number => {
    for (const c of candidates) {
      const i = names.indexOf(c);
      if (i >= 0) return i;
    }
    return -1;
  };
  const date = pick(DATE_NAMES);
  const price = pick(PRICE_NAMES);
  if (date < 0 || price < 0) return null;
  return { date, price, symbol: pick(SYMBOL_NAMES), width: Math.max(date, price) + 1 };
}

/** Price cell -> positive finite number written with `mark`, or the reason it is not one. */
export function readPrice(cell: string, mark: DecimalMark = 'point'): number | string {
  const s = cell.trim();
  if (s === '' || s.toLowerCase() === 'null' || s.toLowerCase() === 'nan' || s === '-') return CsvMessages.missingPrice;
  const x = readNumber(s, mark);
  const shown = s.slice(0, 30);
  if (x === null) {
    const other: DecimalMark = mark === 'point' ? 'comma' : 'point';
    if (readNumber(s, other) !== null && hintOf(s) !== 'none') return CsvMessages.otherDecimalMark(shown, other, mark);
    return CsvMessages.priceNotNumber(shown);
  }
  if (!Number.isFinite(x)) return CsvMessages.priceNotNumber(shown);
  if (!(x > 0)) return CsvMessages.priceNotPositive(shown);
  if (x < PRICE_RANGE.min || x > PRICE_RANGE.max) return CsvMessages.priceOutOfRange(shown);
  return x;
}
