/**
 * Money: the only module that imports decimal.js. Every amount a user reads is a `Money`
 * (a Decimal plus an ISO currency code) built here, from typed text or from a model's float
 * through `fromModel`, and rounded to minor units only by an explicit `roundMoney` call.
 */
import DecimalBase from 'decimal.js';

/** One configured Decimal: 40 significant digits, half-even rounding, no exponent surprises. */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;

export interface Money {
  readonly amount: Decimal;
  readonly currency: string;
}

/** Rounding modes by name, so a rounding step says what it does. */
export const RoundingMode = {
  halfEven: DecimalBase.ROUND_HALF_EVEN,
  halfUp: DecimalBase.ROUND_HALF_UP,
  up: DecimalBase.ROUND_UP,
  down: DecimalBase.ROUND_DOWN,
} as const;
export type RoundingModeName = keyof typeof RoundingMode;

const MINOR_UNITS: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, CLP: 0, ISK: 0, HUF: 2, KWD: 3, BHD: 3, JOD: 3, TND: 3, OMR: 3 };

/** Number of minor-unit digits of an ISO 4217 currency (2 unless listed). */
export function minorUnits(currency: string): number {
  return typeof currency === 'string' && Object.hasOwn(MINOR_UNITS, currency) ? (MINOR_UNITS[currency] as number) : 2;
}

/** True when `code` looks like an ISO 4217 code (three capital letters). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}

/** Money from an exact decimal string or Decimal. A JS number is refused here on purpose: use `fromModel`. */
export function money(amount: Decimal | string, currency: string): Money {
  return { amount: new Decimal(amount), currency };
}

/** Zero in `currency`. */
export function zero(currency: string): Money {
  return { amount: new Decimal(0), currency };
}

/**
 * The boundary of a float model: a model's number (an option price, a payoff) becomes Money.
 * Uses the float's shortest round-trip decimal text, so 0.1 becomes exactly 0.1.
 * Non-finite input is a bug in the caller and throws.
 */
export function fromModel(value: number, currency: string): Money {
  if (!Number.isFinite(value)) throw new RangeError(`fromModel: non-finite ${value}`);
  return { amount: new Decimal(value), currency };
}

/** Float for charts and statistics (a display/model boundary, never for a ledger). */
export function toNumber(m: Money): number {
  return m.amount.toNumber();
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`currency mismatch: ${a.currency} vs ${b.currency}`);
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amount: a.amount.plus(b.amount), currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amount: a.amount.minus(b.amount), currency: a.currency };
}

/** Money times an exact factor (a quantity, a contract count, a rate typed by the user). */
export function multiply(a: Money, factor: DecimalInput): Money {
  return { amount: a.amount.times(new Decimal(factor)), currency: a.currency };
}

export function negate(a: Money): Money {
  return { amount: a.amount.negated(), currency: a.currency };
}

/** Exact sum; an empty list sums to zero in `currency`. */
export function sum(items: readonly Money[], currency: string): Money {
  let total = new Decimal(0);
  for (const m of items) {
    if (m.currency !== currency) throw new RangeError(`currency mismatch: ${m.currency} vs ${currency}`);
    total = total.plus(m.amount);
  }
  return { amount: total, currency };
}

/** Rounds to the currency's minor units with a named mode (half-even unless told). */
export function roundMoney(m: Money, mode: RoundingModeName = 'halfEven'): Money {
  return { amount: m.amount.toDecimalPlaces(minorUnits(m.currency), RoundingMode[mode]), currency: m.currency };
}

/** `part / whole` as a plain ratio (0.0123 = 1.23 %); null when `whole` is zero. */
export function ratio(part: Money, whole: Money): number | null {
  if (whole.amount.isZero()) return null;
  return part.amount.dividedBy(whole.amount).toNumber();
}

export function isZero(m: Money): boolean {
  return m.amount.isZero();
}

export function isNegative(m: Money): boolean {
  return m.amount.isNegative() && !m.amount.isZero();
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount.equals(b.amount);
}

/** Exact decimal text (for persistence and share links). */
export function toDecimalString(m: Money): string {
  return m.amount.toFixed();
}

/**
 * Parses a decimal number typed by a user: accepts `1,234.5`, `1 234.5`, `1234.5`, a leading
 * sign and surrounding spaces. Returns null for anything else (no exponent, no NaN/Infinity).
 */
export function parseDecimal(text: string): Decimal | null {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f_]/g, '');
  if (!/^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(cleaned) || !/\d/.test(cleaned)) return null;
  const d = new Decimal(cleaned.replace(/,/g, ''));
  return d.isFinite() ? d : null;
}
