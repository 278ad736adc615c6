/**
 * Pure data builders of the risk charts (component VaR bars, P/L histogram) and their plain-words
 * summaries for screen readers. No Recharts here: the components only render these rows.
 */
import { formatMoney, formatNumber, formatPercent } from '../shared/format';

export interface ComponentSeries {
  /** Stable key used as the Recharts dataKey: 'unhedged' | 'micro' | 'macro'. */
  readonly key: ComponentKey;
  readonly name: string;
  /** Component VaR per factor, money, aligned with `labels`. */
  readonly values: readonly number[];
}

export type ComponentKey = 'unhedged' | 'micro' | 'macro';

export interface ComponentVarRow {
  readonly label: string;
  readonly unhedged: number;
  readonly micro: number;
  readonly macro: number;
}

export interface ComponentVarData {
  readonly rows: readonly ComponentVarRow[];
  readonly series: readonly { readonly key: ComponentKey; readonly name: string }[];
  /** Symmetric-enough domain covering every bar and 0. */
  readonly domain: readonly [number, number];
}

/**
 * One row per factor with its component VaR in each scenario. Factors that carry no risk in any
 * scenario (e.g. the proxy in the unhedged and macro cases, and 0 elsewhere) are dropped.
 */
export function buildComponentVarData(labels: readonly string[], series: readonly ComponentSeries[]): ComponentVarData {
  const get = (key: ComponentKey, i: number) => {
    const v = series.find((s) => s.key === key)?.values[i];
    return typeof v === 'number' && Number.isFinite(v) ? v : 0;
  };
  const rows: ComponentVarRow[] = [];
  labels.forEach((label, i) => {
    const row = { label, unhedged: get('unhedged', i), micro: get('micro', i), macro: get('macro', i) };
    if (row.unhedged !== 0 || row.micro !== 0 || row.macro !== 0) rows.push(row);
  });
  let lo = 0;
  let hi = 0;
  for (const r of rows) for (const v of [r.unhedged, r.micro, r.macro]) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo === hi) hi = 1;
  return { rows, series: series.map((s) => ({ key: s.key, name: s.name })), domain: [lo, hi] };
}

/** "Component VaR at 95 %: largest unhedged contributor Nordlicht Robotics (€9,120); with Protective put ..." */
export function describeComponentVar(data: ComponentVarData, currency: string, confidence: number): string {
  if (data.rows.length === 0) return `Component value at risk at ${formatPercent(confidence, 0)}: no position carries risk.`;
  const parts = data.series.map((s) => {
    const top = data.rows.reduce((best, r) => (r[s.key] > best[s.key] ? r : best), data.rows[0] as ComponentVarRow);
    return `${s.name}: largest ${top.label} (${formatMoney(top[s.key], currency)})`;
  });
  return `Bar chart of component value at risk at ${formatPercent(confidence, 0)} per position. ${parts.join('; ')}.`;
}

export interface HistogramInput {
  readonly from: readonly number[];
  readonly to: readonly number[];
  /** Counts per scenario, each aligned with `from`. */
  readonly counts: readonly (readonly number[])[];
}

export interface HistogramRow {
  /** Middle of the bin, money. */
  readonly mid: number;
  readonly from: number;
  readonly to: number;
  /** Share of paths in the bin, per series: a (first) and b (second). */
  readonly a: number;
  readonly b: number;
}

export interface HistogramData {
  readonly rows: readonly HistogramRow[];
  readonly names: readonly [string, string];
  readonly paths: number;
}

/**
 * Rows of a two-series histogram from shared bins: series `first` and `second` of `input.counts`,
 * as fractions of paths (so runs of different size compare).
 */
export function buildHistogramData(input: HistogramInput, names: readonly [string, string], first = 0, second = 1): HistogramData {
  const ca = input.counts[first] ?? [];
  const cb = input.counts[second] ?? [];
  const total = (c: readonly number[]) => c.reduce((s, x) => s + x, 0);
  const na = total(ca) || 1;
  const nb = total(cb) || 1;
  const rows = input.from.map((from, i) => {
    const to = input.to[i] ?? from;
    return { mid: (from + to) / 2, from, to, a: (ca[i] ?? 0) / na, b: (cb[i] ?? 0) / nb };
  });
  return { rows, names, paths: Math.max(total(ca), total(cb)) };
}

/** Screen-reader summary: range of P/L and where most paths fall for each series. */
export function describeHistogram(data: HistogramData, currency: string): string {
  if (data.rows.length === 0) return 'Histogram of simulated profit and loss: no paths.';
  const first = data.rows[0] as HistogramRow;
  const last = data.rows[data.rows.length - 1] as HistogramRow;
  const mode = (key: 'a' | 'b') => data.rows.reduce((best, r) => (r[key] > best[key] ? r : best), first);
  const span = (key: 'a' | 'b') => {
    const withPaths = data.rows.filter((r) => r[key] > 0);
    const lo = withPaths[0]?.from ?? first.from;
    const hi = withPaths[withPaths.length - 1]?.to ?? last.to;
    return `${formatMoney(lo, currency, { compact: true })} to ${formatMoney(hi, currency, { compact: true })}`;
  };
  const say = (key: 'a' | 'b', name: string) => `${name}: from ${span(key)}, most often near ${formatMoney(mode(key).mid, currency, { compact: true })}`;
  return `Histogram of simulated portfolio profit and loss over ${formatNumber(data.paths, { maximumFractionDigits: 0 })} paths. ${say('a', data.names[0])}; ${say('b', data.names[1])}.`;
}
