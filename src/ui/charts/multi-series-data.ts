/**
 * Plain data of a chart with several named curves over one x-axis (every candidate hedge of a mode,
 * or the legs of a combined hedge under joint moves): rows `{ x, [key]: y }` with finite numbers
 * only, a padded y-domain over the curves shown, and the rows of the table alternative. Pure.
 */
import { isFiniteNumber, paddedDomain } from './payoff-data';

const SERIES_COLOURS = 9;

/** The CSS colour of series slot `i` (multi-series.css). */
export const seriesColour = (i: number): string => `var(--series-${i % SERIES_COLOURS})`;

export interface SeriesInfo {
  /** Stable dataKey: a hedge id or 'unhedged'; letters, digits and '-' only. */
  readonly key: string;
  /** Legend and column name. */
  readonly name: string;
  /** Drawn when true; a hidden series keeps its colour slot and stays in the table. */
  readonly visible: boolean;
  /** Index of its colour in the chart palette. */
  readonly colour: number;
  /** Drawn dashed (the unhedged reference, a leg's own part). */
  readonly dashed?: boolean;
  /** SVG stroke-dasharray of its line ('' = solid): the legend, the toggles and the chart draw the same. */
  readonly dash: string;
}

/** Solid lines for the curves with a hedge; a distinct dash for each reference curve (a second cue beside colour). */
const REFERENCE_DASHES = ['6 4', '2 3', '10 3 2 3', '4 4', '1 4'];

export type SeriesRow = Readonly<Record<string, number>> & { readonly x: number };

export interface MultiSeriesData {
  readonly series: readonly SeriesInfo[];
  readonly rows: readonly SeriesRow[];
  /** Fewer rows for the table alternative (every `tableStep`-th row, the first and the last). */
  readonly tableRows: readonly SeriesRow[];
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
}

export interface SeriesSource {
  readonly key: string;
  readonly name: string;
  readonly value: (x: number) => number;
  readonly dashed?: boolean;
}

function safe(f: (x: number) => number, x: number): number {
  try {
    const y = f(x);
    return isFiniteNumber(y) ? y : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Every `step`-th item, with the last one always kept. */
export function thinRows<T>(rows: readonly T[], step: number): T[] {
  const n = Math.max(1, Math.round(step));
  return rows.filter((_, i) => i % n === 0 || i === rows.length - 1);
}

/**
 * Samples each source at `xs` (sorted ascending). A value that is not finite is left out of its
 * row (the curve has a gap), never drawn as a number. `hidden` keys are sampled (for the table)
 * but left out of the y-domain, so the chart scales to what is drawn.
 */
export function buildMultiSeries(sources: readonly SeriesSource[], xs: readonly number[], hidden: ReadonlySet<string> = new Set(), tableStep = 4): MultiSeriesData {
  const finiteXs = xs.filter(isFiniteNumber);
  const rows: SeriesRow[] = finiteXs.map((x) => {
    const row: Record<string, number> = { x };
    for (const s of sources) {
      const y = safe(s.value, x);
      if (isFiniteNumber(y)) row[s.key] = y;
    }
    return row as SeriesRow;
  });
  let dashed = 0;
  const series = sources.map((s, i) => ({
    key: s.key,
    name: s.name,
    visible: !hidden.has(s.key),
    colour: i,
    ...(s.dashed ? { dashed: true } : {}),
    dash: s.dashed ? REFERENCE_DASHES[dashed++ % REFERENCE_DASHES.length]! : '',
  }));
  const shown = series.filter((s) => s.visible).map((s) => s.key);
  const ys = rows.flatMap((r) => shown.map((k) => r[k]).filter(isFiniteNumber));
  const xDomain: readonly [number, number] = finiteXs.length > 1 ? [finiteXs[0]!, finiteXs[finiteXs.length - 1]!] : [0, 1];
  return { series, rows, tableRows: thinRows(rows, tableStep), xDomain, yDomain: paddedDomain(ys) };
}

/** `n` evenly spaced x values from lo to hi, with `extra` (kinks: strikes, today) merged in, sorted, no duplicates. */
export function sampleXs(lo: number, hi: number, n: number, extra: readonly number[] = []): number[] {
  if (!isFiniteNumber(lo) || !isFiniteNumber(hi) || !(hi > lo)) return [];
  const count = Math.min(1001, Math.max(2, Math.round(n)));
  const even = Array.from({ length: count }, (_, i) => (i === count - 1 ? hi : lo + ((hi - lo) * i) / (count - 1)));
  const all = [...even, ...extra.filter((x) => isFiniteNumber(x) && x > lo && x < hi)].sort((a, b) => a - b);
  return all.filter((x, i) => i === 0 || x - all[i - 1]! > (hi - lo) * 1e-9);
}
