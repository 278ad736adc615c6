/**
 * Pure helpers of the before-expiry view: the colour level of a P/L cell, column headings from
 * years, and the range of a volatility shift that keeps the volatility above zero.
 */

/** Colour steps on each side of zero. */
export const TONE_LEVELS = 4;

/** 'gain-1'…'gain-4', 'loss-1'…'loss-4', or 'flat' for a cell within 0.5 % of the largest |P/L|. */
export function cellTone(pnl: number, maxAbs: number): string {
  if (!Number.isFinite(pnl) || !(maxAbs > 0) || Math.abs(pnl) <= maxAbs * 0.005) return 'flat';
  const level = Math.min(TONE_LEVELS, Math.max(1, Math.ceil((TONE_LEVELS * Math.abs(pnl)) / maxAbs)));
  return `${pnl > 0 ? 'gain' : 'loss'}-${level}`;
}

/** Largest |value| of a grid (0 when empty). */
export function largestAbs(rows: readonly (readonly number[])[]): number {
  let m = 0;
  for (const row of rows) for (const x of row) if (Number.isFinite(x)) m = Math.max(m, Math.abs(x));
  return m;
}

export const DAYS_PER_YEAR = 365;

/** Whole calendar days for a time in years. */
export function toDays(years: number): number {
  return Number.isFinite(years) ? Math.round(years * DAYS_PER_YEAR) : 0;
}

/** Column heading: "Today", "Day 30", "Expiry (day 182)". */
export function columnHeading(years: number, isLast: boolean): string {
  const d = toDays(years);
  if (d === 0 && !isLast) return 'Today';
  return isLast ? `Expiry (day ${d})` : `Day ${d}`;
}

/** The calendar date `years` from `today`, e.g. "31 Dec" (in the browser's locale). */
export function calendarDate(today: Date, years: number): string {
  const d = new Date(today.getTime() + toDays(years) * 86_400_000);
  return d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

/** Lowest volatility shift (points) that leaves at least 1 point of volatility, not below −`span`. */
export function minVolShiftPoints(volAnnual: number, span: number): number {
  const points = Math.floor(volAnnual * 100 - 1);
  return Math.max(-span, Number.isFinite(points) ? -Math.max(0, points) : 0);
}
