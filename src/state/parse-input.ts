/**
 * What a user typed -> a number (or exact decimal text for money), with a plain message on
 * failure. Never throws. The store keeps the raw text; these run when the text is read.
 */
import { MAX_MAGNITUDE, TOO_LARGE_MESSAGE } from '../engine';

export const InputMessages = {
  notNumber: 'Enter a number, e.g. 1,250.50.',
  exponent: 'Type the number without an exponent.',
  tooLarge: TOO_LARGE_MESSAGE,
  notWhole: 'Enter a whole number.',
  noPercent: 'Type a plain number here, without %.',
  atLeast: (bound: string) => `Must be at least ${bound}.`,
  above: (bound: string) => `Must be greater than ${bound}.`,
  atMost: (bound: string) => `Must be at most ${bound}.`,
} as const;

export interface NumberFieldOptions {
  /** The field is a percentage: '25', '25 %' and '25%' all return 0.25. */
  readonly percent?: boolean;
  readonly integer?: boolean;
  /** Bounds are in the units the user types: percentage points for a percent field. */
  readonly min?: number;
  readonly max?: number;
  /** Exclusive lower bound, in typed units. */
  readonly gt?: number;
  /** Empty text is valid and returns null (e.g. an optional broker quote). */
  readonly allowEmpty?: boolean;
}

export type NumberFieldResult =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly message: string };

export type MoneyTextResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

type Normalized = { readonly kind: 'empty' } | { readonly kind: 'number'; readonly canonical: string } | { readonly kind: 'error'; readonly message: string };

// A sign, then plain digits or digits grouped by threes with one kind of separator (comma, or a
// space: ordinary, no-break, thin, narrow no-break), then an optional fraction.
const NUMBER_PATTERN = /^([+-]?)(\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d{1,3}(?:\u00a0\d{3})+|\d{1,3}(?:\u2009\d{3})+|\d{1,3}(?:\u202f\d{3})+)?(?:\.(\d+))?$/;
const EXPONENT_PATTERN = /^[+-]?[\d.,\s]*\d[\d.,\s]*e[+-]?\d+$/i;

function normalize(text: string, percent: boolean): Normalized {
  let t = text.trim().replace(/\u2212/g, '-');
  if (t === '') return { kind: 'empty' };
  if (t.endsWith('%')) {
    if (!percent) return { kind: 'error', message: InputMessages.noPercent };
    t = t.slice(0, -1).trimEnd();
  }
  if (EXPONENT_PATTERN.test(t)) return { kind: 'error', message: InputMessages.exponent };
  const m = NUMBER_PATTERN.exec(t);
  if (m === null || (m[2] === undefined && m[3] === undefined)) return { kind: 'error', message: InputMessages.notNumber };
  const whole = (m[2] ?? '0').replace(/\D/g, '');
  const canonical = `${m[1] === '-' ? '-' : ''}${whole}${m[3] === undefined ? '' : `.${m[3]}`}`;
  return { kind: 'number', canonical };
}

function formatBound(bound: number, percent: boolean): string {
  const text = bound.toLocaleString('en-US', { maximumFractionDigits: 10 });
  return percent ? `${text} %` : text;
}

function checkBounds(typed: number, opts: NumberFieldOptions): string | null {
  const percent = opts.percent === true;
  if (opts.gt !== undefined && !(typed > opts.gt)) return InputMessages.above(formatBound(opts.gt, percent));
  if (opts.min !== undefined && typed < opts.min) return InputMessages.atLeast(formatBound(opts.min, percent));
  if (opts.max !== undefined && typed > opts.max) return InputMessages.atMost(formatBound(opts.max, percent));
  return null;
}

/**
 * Parses a typed number: '25', ' 25 ', '1,234.5', '1 234.5', '+5', '−5' (unicode minus), and for
 * percent fields '25 %' -> 0.25 (a plain '25' also means 25 %). Refuses exponents, NaN, Infinity,
 * ambiguous grouping such as '1,23', and magnitudes above 1e12. Empty text is an error unless
 * `allowEmpty`, which returns null.
 */
export function parseNumberField(text: string, opts: NumberFieldOptions = {}): NumberFieldResult {
  const n = normalize(typeof text === 'string' ? text : '', opts.percent === true);
  if (n.kind === 'empty') return opts.allowEmpty === true ? { ok: true, value: null } : { ok: false, message: InputMessages.notNumber };
  if (n.kind === 'error') return { ok: false, message: n.message };
  const typed = Number(n.canonical);
  if (!(Math.abs(typed) <= MAX_MAGNITUDE)) return { ok: false, message: InputMessages.tooLarge };
  if (opts.integer === true && !Number.isInteger(typed)) return { ok: false, message: InputMessages.notWhole };
  const outOfBounds = checkBounds(typed, opts);
  if (outOfBounds !== null) return { ok: false, message: outOfBounds };
  const value = opts.percent === true ? typed / 100 : typed;
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * A fraction typed as text -> the same number in percent, exactly, by moving the decimal point
 * ('0.45' -> '45', '0.075' -> '7.5'); null when the text is not a plain number.
 */
export function fractionTextToPercentText(text: string): string | null {
  const n = normalize(text, false);
  if (n.kind !== 'number') return null;
  const negative = n.canonical.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? n.canonical.slice(1) : n.canonical).split('.');
  const digits = `${whole}${frac.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  const out = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}

/** Shared with parse-money.ts: the canonical form of typed number text. */
export { normalize as normalizeNumberText, formatBound };
