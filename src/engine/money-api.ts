/**
 * The money helpers as the engine's public entry exports them: the same functions as money.ts,
 * made total for callers outside the engine. Plain data never makes them throw: what cannot be
 * read becomes a documented safe value instead (inside the engine, money.ts still throws on
 * misuse, so a bug in a calculation cannot pass as a zero).
 */
import * as core from './money';
import type { Decimal, Money, RoundingModeName } from './money';

/** ISO 4217's code for "no currency", used when the currency given is not text. */
const NO_CURRENCY = 'XXX';

function currencyOf(currency: unknown): string {
  return typeof currency === 'string' ? currency : NO_CURRENCY;
}

function isMoney(m: unknown): m is Money {
  return typeof m === 'object' && m !== null && (m as Money).amount instanceof core.Decimal && (m as Money).amount.isFinite() && typeof (m as Money).currency === 'string';
}

/** Exact Money from decimal text or a Decimal; anything unreadable (or not finite) is zero. A currency that is not text is 'XXX'. */
export function money(amount: Decimal | string, currency: string): Money {
  let d: Decimal | null;
  try {
    d = amount instanceof core.Decimal || typeof amount === 'string' ? new core.Decimal(amount) : null;
  } catch {
    d = null;
  }
  return { amount: d !== null && d.isFinite() ? d : new core.Decimal(0), currency: currencyOf(currency) };
}

/** Money from a model float (its shortest round-trip text); a value that is not a finite number is zero. */
export function fromModel(value: number, currency: string): Money {
  return typeof value === 'number' && Number.isFinite(value) ? core.fromModel(value, currencyOf(currency)) : core.zero(currencyOf(currency));
}

/** Rounded to the currency's minor units (half-even unless told; an unknown mode is half-even); not Money → zero in 'XXX'. */
export function roundMoney(m: Money, mode: RoundingModeName = 'halfEven'): Money {
  if (!isMoney(m)) return core.zero(NO_CURRENCY);
  return core.roundMoney(m, Object.hasOwn(core.RoundingMode, mode) ? mode : 'halfEven');
}

/** Exact sum of the items in `currency`; items in another currency, or not Money, are left out. */
export function sum(items: readonly Money[], currency: string): Money {
  const c = currencyOf(currency);
  return core.sum(Array.isArray(items) ? items.filter((m) => isMoney(m) && m.currency === c) : [], c);
}

/** A float for charts and statistics; 0 for anything not Money, ±Number.MAX_VALUE beyond the double range. */
export function toNumber(m: Money): number {
  if (!isMoney(m)) return 0;
  const x = core.toNumber(m);
  return Number.isFinite(x) ? x : x > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

/** Exact decimal text; '0' for anything not Money. */
export function toDecimalString(m: Money): string {
  return isMoney(m) ? core.toDecimalString(m) : '0';
}

/** Decimal typed by a user (`1,234.5`, `1 234.5`, a sign, spaces) or null; null too for anything that is not text. */
export function parseDecimal(text: string): Decimal | null {
  return typeof text === 'string' ? core.parseDecimal(text) : null;
}
