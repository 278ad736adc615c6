/**
 * Pure chart-data builder for the payoff chart: samples the payoff functions of a hedge plan
 * over the price (or rate) range and returns plain, finite rows, a padded y-domain, labelled
 * reference lines and a short table for the data-table alternative. No React, no Recharts.
 */
import { formatMoney, formatNumber, formatPrice } from '../shared/format';

export type PayoffFn = (x: number) => number;

/** Reference values in chart units: x values are prices (or rates), y values are position values. */
export interface PayoffReferenceValues {
  readonly spot?: number | null;
  readonly strikes?: readonly number[];
  readonly breakeven?: number | null;
  /** Value of the target position alone (the rest of the portfolio is added by the builder). */
  readonly floor?: number | null;
  readonly cap?: number | null;
}

export interface PayoffChartInput {
  readonly unhedged: PayoffFn;
  readonly hedged: PayoffFn;
  /** Hedged value when `yearsFromNow` have passed (option hedges). */
  readonly hedgedAt?: (x: number, yearsFromNow: number) => number;
  /** Residual band of a cross hedge: [low, high] value at `x`. */
  readonly band?: (x: number) => readonly [number, number];
  readonly priceRange: readonly [number, number];
  /** Evenly spaced chart samples (121 unless told); kinks are added on top. */
  readonly points?: number;
  /** Evenly spaced table rows (11 unless told); kinks are added on top. */
  readonly tablePoints?: number;
  /** Extra x values where a curve bends, sampled exactly. Strikes, spot and breakeven are added anyway. */
  readonly kinks?: readonly number[];
  readonly reference?: PayoffReferenceValues;
  /** Value of the rest of the portfolio, held constant; added to every y when `showPortfolio`. */
  readonly restOfPortfolioValue?: number;
  readonly showPortfolio?: boolean;
  /** When given (and `hedgedAt` exists), rows also carry `hedgedAtDate`. */
  readonly yearsFromNow?: number;
  /** ISO code for y labels; without it y labels are plain numbers. */
  readonly currency?: string;
  readonly formatX?: (x: number) => string;
  /** Names of the reference lines instead of the holder's ("Floor", "Cap"): a short reads "Worst case". */
  readonly referenceNames?: Partial<Readonly<Record<ReferenceKind, string>>>;
}

export interface PayoffRow {
  readonly x: number;
  readonly unhedged: number;
  readonly hedged: number;
  readonly hedgedAtDate?: number;
  readonly bandLow?: number;
  readonly bandHigh?: number;
}

export type ReferenceKind = 'spot' | 'strike' | 'breakeven' | 'floor' | 'cap';

export interface PayoffTableRow extends PayoffRow {
  /** Which reference values sit at this x (today's price, a strike, the breakeven). */
  readonly marks: readonly ReferenceKind[];
}

export interface PayoffReferenceLine {
  /** Stable React key, e.g. "strike-95". */
  readonly key: string;
  readonly kind: ReferenceKind;
  readonly axis: 'x' | 'y';
  readonly value: number;
  readonly label: string;
}

export interface PayoffChartData {
  readonly rows: readonly PayoffRow[];
  readonly tableRows: readonly PayoffTableRow[];
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
  readonly referenceLines: readonly PayoffReferenceLine[];
  readonly hasDateCurve: boolean;
  readonly hasBand: boolean;
  readonly showsPortfolio: boolean;
  /** Lowest and highest value of each curve (null when there are no rows), for summaries. */
  readonly extremes: { readonly unhedged: readonly [number, number]; readonly hedged: readonly [number, number] } | null;
}

const DEFAULT_POINTS = 121;
const DEFAULT_TABLE_POINTS = 11;
const MAX_POINTS = 2001;
const Y_PADDING = 0.06;
const REFERENCE_NAMES: Readonly<Record<ReferenceKind, string>> = {
  spot: 'Today',
  strike: 'Strike',
  breakeven: 'Breakeven',
  floor: 'Floor',
  cap: 'Cap',
};

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// A payoff that throws is treated like one returning NaN: the row is dropped, the chart survives.
function call<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

function clampCount(n: number | undefined, fallback: number): number {
  if (!isFiniteNumber(n)) return fallback;
  return Math.min(MAX_POINTS, Math.max(2, Math.round(n)));
}

/** Sorted, finite, within [lo, hi], without near-duplicates; an exact kink wins over a nearby sample. */
function mergeXs(even: readonly number[], kinks: readonly number[], lo: number, hi: number): number[] {
  const tagged = [...even.map((x) => ({ x, kink: false })), ...kinks.filter((x) => isFiniteNumber(x) && x >= lo && x <= hi).map((x) => ({ x, kink: true }))];
  tagged.sort((a, b) => a.x - b.x);
  const tolerance = (hi / 2 - lo / 2) * 2e-9;
  const out: { x: number; kink: boolean }[] = [];
  for (const p of tagged) {
    const last = out[out.length - 1];
    if (last === undefined || p.x - last.x > tolerance) out.push(p);
    else if (p.kink && !last.kink) out[out.length - 1] = p;
  }
  return out.map((p) => p.x);
}

// lo + span·i/(n−1) hits round prices exactly; lo·(1−t) + hi·t is the fallback when the span overflows.
function evenlySpaced(lo: number, hi: number, n: number): number[] {
  const span = hi - lo;
  return Array.from({ length: n }, (_, i) => {
    if (i === n - 1) return hi;
    const t = i / (n - 1);
    if (!Number.isFinite(span)) return lo * (1 - t) + hi * t;
    const scaled = span * i;
    return lo + (Number.isFinite(scaled) ? scaled / (n - 1) : span * t);
  });
}

function normaliseRange(range: readonly [number, number]): [number, number] | null {
  const [a, b] = range;
  if (!isFiniteNumber(a) || !isFiniteNumber(b)) return null;
  if (a === b) {
    // Widen a one-point range by 10 %, inside the finite doubles (a ± 10 % overflows near ±1.8e308).
    const d = Math.max(Math.abs(a) * 0.1, 1);
    return [Math.max(-Number.MAX_VALUE, a - d), Math.min(Number.MAX_VALUE, a + d)];
  }
  return a < b ? [a, b] : [b, a];
}

function evaluate(input: PayoffChartInput, x: number, offset: number): PayoffRow | null {
  const unhedged = (call(() => input.unhedged(x)) ?? NaN) + offset;
  const hedged = (call(() => input.hedged(x)) ?? NaN) + offset;
  if (!isFiniteNumber(unhedged) || !isFiniteNumber(hedged)) return null;
  const row: { -readonly [K in keyof PayoffRow]: PayoffRow[K] } = { x, unhedged, hedged };
  const years = input.yearsFromNow;
  if (input.hedgedAt && isFiniteNumber(years) && years >= 0) {
    const atDate = (call(() => input.hedgedAt?.(x, years)) ?? NaN) + offset;
    if (isFiniteNumber(atDate)) row.hedgedAtDate = atDate;
  }
  if (input.band) {
    const band = call(() => input.band?.(x));
    const low = Array.isArray(band) ? band[0] + offset : NaN;
    const high = Array.isArray(band) ? band[1] + offset : NaN;
    if (isFiniteNumber(low) && isFiniteNumber(high)) {
      row.bandLow = Math.min(low, high);
      row.bandHigh = Math.max(low, high);
    }
  }
  return row;
}

function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / magnitude;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * magnitude;
}

/** [min, max] of `values` padded by a few percent and rounded outward to a tick-friendly step. */
export function paddedDomain(values: readonly number[]): [number, number] {
  const finite = values.filter(isFiniteNumber);
  if (finite.length === 0) return [0, 1];
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  const halfSpan = max / 2 - min / 2;
  const pad = halfSpan > 0 ? halfSpan * 2 * Y_PADDING : Math.max(Math.abs(max) * 0.05, 1);
  const lo = Math.max(-Number.MAX_VALUE, min - pad);
  const hi = Math.min(Number.MAX_VALUE, max + pad);
  const step = niceStep((hi / 2 - lo / 2) / 5);
  const niceLo = Math.floor(lo / step) * step;
  const niceHi = Math.ceil(hi / step) * step;
  return isFiniteNumber(niceLo) && isFiniteNumber(niceHi) && niceLo < niceHi ? [niceLo, niceHi] : [lo, hi];
}

function buildReferenceLines(input: PayoffChartInput, lo: number, hi: number, offset: number): PayoffReferenceLine[] {
  const ref = input.reference ?? {};
  const fx = input.formatX ?? ((x: number) => formatPrice(x));
  const fy = (y: number) => (input.currency ? formatMoney(y, input.currency) : formatNumber(y));
  const lines: PayoffReferenceLine[] = [];
  const name = (kind: ReferenceKind) => input.referenceNames?.[kind] ?? REFERENCE_NAMES[kind];
  const addX = (kind: ReferenceKind, v: number | null | undefined) => {
    if (!isFiniteNumber(v) || v < lo || v > hi || lines.some((l) => l.kind === kind && l.value === v)) return;
    lines.push({ key: `${kind}-${v}`, kind, axis: 'x', value: v, label: `${name(kind)} ${fx(v)}` });
  };
  const addY = (kind: ReferenceKind, v: number | null | undefined) => {
    const y = isFiniteNumber(v) ? v + offset : NaN;
    if (isFiniteNumber(y)) lines.push({ key: `${kind}-${y}`, kind, axis: 'y', value: y, label: `${name(kind)} ${fy(y)}` });
  };
  addX('spot', ref.spot);
  for (const k of ref.strikes ?? []) addX('strike', k);
  addX('breakeven', ref.breakeven);
  addY('floor', ref.floor);
  addY('cap', ref.cap);
  return lines;
}

function extent(rows: readonly PayoffRow[], key: 'unhedged' | 'hedged'): [number, number] {
  const values = rows.map((r) => r[key]);
  return [Math.min(...values), Math.max(...values)];
}

/**
 * Samples a payoff for the chart. Returns rows with finite numbers only (a row whose unhedged or
 * hedged value is not finite is dropped; a non-finite optional value is left out of its row),
 * the exact kinks (strikes, spot, breakeven, `kinks`) among the samples so corners stay sharp,
 * and a y-domain that holds every curve and the floor/cap lines.
 */
export function buildPayoffChart(input: PayoffChartInput): PayoffChartData {
  const range = normaliseRange(input.priceRange);
  const showsPortfolio = input.showPortfolio === true && isFiniteNumber(input.restOfPortfolioValue);
  const offset = showsPortfolio ? (input.restOfPortfolioValue ?? 0) : 0;
  if (!range) {
    return { rows: [], tableRows: [], xDomain: [0, 1], yDomain: [0, 1], referenceLines: [], hasDateCurve: false, hasBand: false, showsPortfolio, extremes: null };
  }
  const [lo, hi] = range;
  const ref = input.reference ?? {};
  const marked: [ReferenceKind, number | null | undefined][] = [['spot', ref.spot], ['breakeven', ref.breakeven], ...(ref.strikes ?? []).map((k): [ReferenceKind, number] => ['strike', k])];
  const kinks = [...marked.map(([, v]) => v).filter(isFiniteNumber), ...(input.kinks ?? [])];

  const sample = (xs: readonly number[]) => xs.map((x) => evaluate(input, x, offset)).filter((r): r is PayoffRow => r !== null);
  const rows = sample(mergeXs(evenlySpaced(lo, hi, clampCount(input.points, DEFAULT_POINTS)), kinks, lo, hi));
  const tableRows = sample(mergeXs(evenlySpaced(lo, hi, clampCount(input.tablePoints, DEFAULT_TABLE_POINTS)), kinks, lo, hi)).map((r) => ({
    ...r,
    marks: marked.filter(([, v]) => v === r.x).map(([kind]) => kind),
  }));

  const referenceLines = buildReferenceLines(input, lo, hi, offset);
  const ys = rows.flatMap((r) => [r.unhedged, r.hedged, r.hedgedAtDate, r.bandLow, r.bandHigh].filter(isFiniteNumber));
  const yDomain = paddedDomain([...ys, ...referenceLines.filter((l) => l.axis === 'y').map((l) => l.value)]);
  return {
    rows,
    tableRows,
    xDomain: [lo, hi],
    yDomain,
    referenceLines,
    hasDateCurve: rows.some((r) => r.hedgedAtDate !== undefined),
    hasBand: rows.some((r) => r.bandLow !== undefined),
    showsPortfolio,
    extremes: rows.length > 0 ? { unhedged: extent(rows, 'unhedged'), hedged: extent(rows, 'hedged') } : null,
  };
}
