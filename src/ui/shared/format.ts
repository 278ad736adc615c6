/**
 * Display formatters (Intl.NumberFormat), shared by every UI layer. Display is one of the three
 * places where a Money's Decimal becomes text or a float; the callers pass plain numbers.
 * Non-finite input never reaches the screen as "NaN": it is shown as an em dash.
 */

/** Shown for a value that cannot be displayed (NaN, ±Infinity). */
export const NOT_AVAILABLE = '—';

const cache = new Map<string, Intl.NumberFormat>();

// Intl.NumberFormat construction is slow compared to format(): build each configuration once.
function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // A plain key (no JSON.stringify): this runs for every number on the page.
  const key = `${locale ?? ''}|${options.style ?? ''}|${options.currency ?? ''}|${options.notation ?? ''}|${options.minimumFractionDigits ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/**
 * `f.format(x)`, but a negative number that rounds to zero reads as zero: Intl keeps its sign
 * ("-€0", "-0%"). Compared as text with zero itself, so it holds in every locale and notation.
 * (Intl's `signDisplay: 'negative'` does the same, but older browsers reject that option.)
 */
function formatSigned(f: Intl.NumberFormat, x: number): string {
  if (x < 0 || Object.is(x, -0)) {
    const zero = f.format(0);
    if (f.format(-x) === zero) return zero;
  }
  return f.format(x);
}

export interface FormatOptions {
  /** BCP 47 locale; the browser's own when omitted. */
  readonly locale?: string;
  /** Short form for axis ticks: 12.5K, 1.2M. */
  readonly compact?: boolean;
}

/** Amount in `currency` (ISO 4217 code) with the currency's minor digits, e.g. "€9,500.00". */
export function formatMoney(amount: number, currency: string, options: FormatOptions = {}): string {
  if (!Number.isFinite(amount)) return NOT_AVAILABLE;
  const base: Intl.NumberFormatOptions = options.compact
    ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 }
    : { style: 'currency', currency };
  try {
    return formatSigned(formatter(options.locale, base), amount);
  } catch {
    // A malformed code makes Intl throw; show the number with the code rather than crash.
    return `${formatNumber(amount, { locale: options.locale, compact: options.compact })} ${currency}`;
  }
}

export interface NumberFormatOptions extends FormatOptions {
  /** Most digits after the decimal point (2 unless told). */
  readonly maximumFractionDigits?: number;
  readonly minimumFractionDigits?: number;
}

/** Plain number with grouping, at most 2 decimals unless told, e.g. "1,234.57". */
export function formatNumber(value: number, options: NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const max = options.maximumFractionDigits ?? (options.compact ? 1 : 2);
  const min = Math.min(options.minimumFractionDigits ?? 0, max);
  const base: Intl.NumberFormatOptions = { minimumFractionDigits: min, maximumFractionDigits: max };
  if (options.compact) base.notation = 'compact';
  return formatSigned(formatter(options.locale, base), value);
}

/** A fraction as a percentage: 0.0125 -> "1.25%" (`digits` decimals at most, 2 unless told). */
export function formatPercent(fraction: number, digits = 2, options: FormatOptions = {}): string {
  if (!Number.isFinite(fraction)) return NOT_AVAILABLE;
  return formatSigned(formatter(options.locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits }), fraction);
}

/**
 * An underlying price (no currency sign): decimals follow the magnitude so 1.0834 (EUR/USD),
 * 95.5 (a share) and 12,400 (a tonne of something) all read naturally.
 */
export function formatPrice(value: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  const size = Math.abs(value);
  const digits = size === 0 ? 0 : size < 10 ? 4 : size < 10_000 ? 2 : 0;
  return formatNumber(value, { ...options, maximumFractionDigits: options.compact ? 1 : digits });
}

/**
 * Exact display of a decimal money amount: rounded once, half-even, to the currency's minor
 * units, and formatted from its decimal text (Intl formats numeric strings exactly), so no
 * binary float touches a ledger figure on its way to the screen.
 */
export function formatMoneyExact(m: { readonly amount: { toFixed(dp?: number): string }; readonly currency: string }, options: FormatOptions = {}): string {
  const digits = minorDigits(m.currency);
  const text = roundedText(m.amount, digits);
  try {
    return formatter(options.locale, { style: 'currency', currency: m.currency }).format(text as unknown as number);
  } catch {
    return `${text} ${m.currency}`;
  }
}

const minorDigitsCache = new Map<string, number>();

function minorDigits(currency: string): number {
  let digits = minorDigitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = formatter('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigitsCache.set(currency, digits);
  }
  return digits;
}

// Half-even rounding of decimal text to `digits` places without floats.
function roundedText(amount: { toFixed(dp?: number): string }, digits: number): string {
  const full = amount.toFixed();
  const negative = full.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? full.slice(1) : full).split('.');
  if (frac.length <= digits) return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${frac.padEnd(digits, '0')}` : ''}`;
  const kept = frac.slice(0, digits);
  const rest = frac.slice(digits);
  const last = Number((whole + kept).slice(-1));
  const up = rest[0]! > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || last % 2 === 1));
  let digitsText = whole + kept;
  if (up) digitsText = (BigInt(digitsText) + 1n).toString().padStart(digitsText.length, '0');
  const w = digits > 0 ? digitsText.slice(0, -digits) || '0' : digitsText;
  const f = digits > 0 ? digitsText.slice(-digits) : '';
  const isZero = /^0*$/.test(w + f);
  return `${negative && !isZero ? '-' : ''}${w}${digits > 0 ? `.${f}` : ''}`;
}
