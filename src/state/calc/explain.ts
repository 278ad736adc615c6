/** How a displayed number was computed: its formula, the formula with the inputs substituted, and the source. */
export interface Explanation {
  /** What the number is, e.g. "Put premium per share". */
  readonly title: string;
  /** Symbolic formula, e.g. "P = K·e^{−rT}·N(−d₂) − S·e^{−qT}·N(−d₁)". */
  readonly formula: string;
  /** The same with the user's inputs, e.g. "P(S = 62.50, K = 56, r = 3 %, …) = 4.52". */
  readonly substituted: string;
  /** Where it comes from, e.g. "Hull, Options, Futures, and Other Derivatives, 10th ed., ch. 15". */
  readonly source: string;
}

/** Compact number for a formula line: up to `digits` decimals, no grouping surprises. */
export function fmt(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  return rounded.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A fraction as a percent for a formula line: 0.03 -> "3 %". */
export function pct(fraction: number, digits = 2): string {
  return `${fmt(fraction * 100, digits)} %`;
}
