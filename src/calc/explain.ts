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

// One formatter per digit count: building an Intl.NumberFormat per call (toLocaleString) costs
// far more than formatting, and formula cards format dozens of numbers on every edit.
const formatters = new Map<number, Intl.NumberFormat>();

/** Compact number for a formula line: up to `digits` decimals, grouped thousands (en-US). */
export function fmt(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return '—';
  let f = formatters.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
    formatters.set(digits, f);
  }
  return f.format(value);
}

/** A fraction as a percent for a formula line: 0.03 -> "3 %". */
export function pct(fraction: number, digits = 2): string {
  return `${fmt(fraction * 100, digits)} %`;
}
