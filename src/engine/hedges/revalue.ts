/**
 * The hedged position before expiry, as a date × price grid of profit and loss (the view option
 * traders know from OptionStrat): each cell revalues the option legs by the pricing engine
 * (generalized Black–Scholes–Merton with yield q, American by the engine's method; Hull, "Options,
 * Futures, and Other Derivatives", 10th ed., ch. 15 and 17) at that price with the time left, at the
 * plan's volatility and rate plus the shifts asked for. The cost paid today stays what it was.
 */
import { priceOptionValue } from '../pricing/price-option';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import type { HedgePlan } from './plan';
import { readRevalueModel } from './revalue-input';
import type { RevalueModel, Shifts } from './revalue-input';

export interface RevalueGridInput extends Shifts {
  /** An option hedge's plan (it carries `valuation`). */
  readonly plan: HedgePlan;
  /** About how many prices across the plan's axis range, 3–61; default 13 (spot and strikes are added). */
  readonly rows?: number;
  /** Dates from today to the earliest expiry, both included, 2–25; default 7. */
  readonly columns?: number;
}

export interface RevalueGrid {
  /** Row prices, highest first: round steps across the axis range, plus today's price and each strike. */
  readonly prices: readonly number[];
  /** Column dates in years from today: 0 first, the expiry last (whole calendar days between). */
  readonly dates: readonly number[];
  /** pnl[row][column]: hedged value at that price and date − the position's value today (quantity × spot). */
  readonly pnl: readonly (readonly number[])[];
  /** Index of today's price in `prices`. */
  readonly spotRow: number;
  readonly expiryYears: number;
  /** Volatility and rate used (with the shifts). */
  readonly volAnnual: number;
  readonly r: number;
}

const DAYS_PER_YEAR = 365;

/** A round step (1, 2, 2.5 or 5 × 10^k) close to `raw` (> 0). */
export function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return p * (m < 1.5 ? 1 : m < 2.25 ? 2 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10);
}

/** Round prices across [lo, hi] (none at 0), today's price and the strikes, highest first. */
export function gridPrices(lo: number, hi: number, rows: number, include: readonly number[]): number[] {
  const step = niceStep((hi - lo) / Math.max(1, rows - 1));
  const out = new Set<number>(include.filter((x) => x > 0));
  const first = Math.ceil(lo / step);
  for (let i = first; i * step <= hi + step * 1e-9 && out.size < 200; i++) {
    const x = Number((i * step).toPrecision(12));
    if (x > 0) out.add(x);
  }
  return [...out].sort((a, b) => b - a);
}

/** Today, whole days between, and the expiry itself (years). */
export function gridDates(expiryYears: number, columns: number): number[] {
  const days = Math.round(expiryYears * DAYS_PER_YEAR);
  const n = Math.max(2, Math.min(columns, days + 1));
  const out: number[] = [0];
  for (let j = 1; j < n - 1; j++) {
    const d = Math.round((days * j) / (n - 1)) / DAYS_PER_YEAR;
    if (d > (out[out.length - 1] as number) && d < expiryYears) out.push(d);
  }
  out.push(expiryYears);
  return out;
}

/** Hedged value at price `s` after `years`: the holding, each leg by the engine (intrinsic at or past expiry), less the cost. */
export function hedgedValueAt(m: RevalueModel, s: number, years: number): number {
  let v = m.quantity * s - m.cost;
  for (const leg of m.legs) {
    const left = leg.expiryYears - years;
    const intrinsic = Math.max(leg.type === 'put' ? leg.strike - s : s - leg.strike, 0);
    let price = intrinsic;
    if (left > 1e-9 && s > 0) {
      const priced = priceOptionValue({ type: leg.type, exercise: m.exercise, spot: s, strike: leg.strike, r: m.r, q: m.q, t: left, vol: m.vol });
      if (priced.ok) price = priced.value;
    }
    v += leg.units * price;
  }
  return v;
}

/**
 * The date × price grid of the hedged position's P/L for an option hedge's plan, with optional
 * volatility and rate shifts (decimal). Errors on 'plan' (no option legs or model), 'volShift',
 * 'rateShift', 'rows', 'columns'. Never throws (the public entry turns a non-finite cell into an error).
 */
export function revalueGrid(input: RevalueGridInput): Result<RevalueGrid> {
  return guard('plan', () => {
    const raw: Record<string, unknown> = isRecord(input) ? input : {};
    const errors = collectErrors(
      checkNumber('rows', raw.rows, { optional: true, integer: true, min: 3, max: 61 }),
      checkNumber('columns', raw.columns, { optional: true, integer: true, min: 2, max: 25 }),
    );
    if (errors.length > 0) return failAll(errors);
    const model = readRevalueModel(raw.plan, { volShift: raw.volShift as number | undefined, rateShift: raw.rateShift as number | undefined });
    if (!model.ok) return model;
    const m = model.value;
    const [lo, hi] = m.axisRange;
    const prices = gridPrices(lo, hi, (raw.rows as number | undefined) ?? 13, [m.spot, ...m.legs.map((l) => l.strike)]);
    const dates = gridDates(m.expiryYears, (raw.columns as number | undefined) ?? 7);
    const today = m.quantity * m.spot;
    const pnl = prices.map((s) => dates.map((t) => hedgedValueAt(m, s, t) - today));
    return ok({ prices, dates, pnl, spotRow: prices.indexOf(m.spot), expiryYears: m.expiryYears, volAnnual: m.vol, r: m.r });
  });
}
