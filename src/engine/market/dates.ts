/**
 * Calendar dates of price histories, as ISO `YYYY-MM-DD` strings (sortable as text, no time zone).
 * Accepts the two forms our sources write: ISO (Yahoo Finance exports) and `Jan 1 2000`
 * (vega-datasets' stocks.csv / sp500.csv). Slash dates like 3/1/2000 are refused on purpose:
 * month-first and day-first are indistinguishable and a silent swap would corrupt every return.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NAMED = /^([A-Za-z]{3})[a-z]*\.? +(\d{1,2}),? +(\d{4})$/;
const DAY_FIRST_NAMED = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*\.?[ -](\d{4})$/;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** True when year-month-day is a real Gregorian calendar day (rejects Feb 30). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

function build(year: number, month: number, day: number): string | null {
  return isRealDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
}

/**
 * Parses one date cell to ISO `YYYY-MM-DD`, or null when it is not a date we can read without
 * guessing. Forms: `2000-01-03`, `2000/01/03`, `2000-01-03T00:00:00Z`, `Jan 1 2000`, `January 1, 2000`, `1-Jan-2000`.
 */
export function parseDateCell(text: string): string | null {
  const s = text.trim();
  let m = ISO.exec(s);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NAMED.exec(s);
  if (m) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    return month === undefined ? null : build(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_FIRST_NAMED.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    return month === undefined ? null : build(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

/** Whole days from ISO date `a` to ISO date `b` (positive when b is later); UTC, so no DST error. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
