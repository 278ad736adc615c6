/**
 * The portfolio's home (reporting) currency and the FX rates the user typed for the other
 * currencies of its holdings. A rate is home currency per one unit of foreign ("EUR per USD"), so a
 * holding of Q units priced S in that currency is worth Q·S·X at home. Pure: no engine, so the
 * portfolio editor shows the same converted total before the calculator has loaded.
 *
 * Risk of a foreign holding in the home currency (documented simplification): its log return is the
 * asset's log return plus the rate's, ln(S·X) = ln S + ln X, so its variance is
 * σ² = σ_S² + σ_X² + 2ρ·σ_S·σ_X, with ρ the one correlation typed for that currency (the same for
 * every holding in it; empty = 0). Its correlation with the other holdings stays the typed average.
 */
import { parseNumberField } from '../state/parse-input';
import type { FxRateInput, PortfolioInput, Scenario } from '../state/scenario';

export const CURRENCY_CODE = /^[A-Z]{3}$/;

export const FxMessages = {
  missingRate: (home: string, foreign: string) => `Enter the rate in ${home} per 1 ${foreign} to count the holdings in ${foreign}.`,
  missingCombinedRate: (home: string, foreign: string) => `Enter the rate in ${home} per 1 ${foreign} to add the combined hedge's costs in ${foreign} to the total.`,
  homeCode: 'Enter a three-letter currency code, e.g. EUR.',
} as const;

/** One currency's market as numbers; optional inputs are null when left empty. */
export interface FxRateValue {
  readonly currency: string;
  /** Home per one unit of foreign; null when not typed yet. */
  readonly spot: number | null;
  /** Annual volatility of the rate, decimal; null when empty. */
  readonly vol: number | null;
  /** The foreign interest rate, decimal per year; null when empty. */
  readonly rForeign: number | null;
  /** Correlation of the rate with the returns of the holdings in that currency; null when empty (taken as 0). */
  readonly correlation: number | null;
}

/** The home currency: the typed code when valid, else the target's code, else EUR. */
export function homeCurrencyOf(p: PortfolioInput): string {
  if (CURRENCY_CODE.test(p.homeCurrency)) return p.homeCurrency;
  const target = p.holdings.find((h) => h.id === p.targetId)?.currency ?? p.holdings[0]?.currency ?? 'EUR';
  return CURRENCY_CODE.test(target) ? target : 'EUR';
}

/** Valid currency codes of the holdings other than the home currency, each once, in holding order. */
export function foreignCurrencies(p: PortfolioInput): string[] {
  const home = homeCurrencyOf(p);
  return [...new Set(p.holdings.map((h) => h.currency).filter((c) => CURRENCY_CODE.test(c) && c !== home))];
}

/**
 * Currencies of the other tabs' hedges in the combined hedge (a commodity's, an FX payment's home
 * side, a loan's) that are valid, not the home currency and no holding's: they get a rate row too,
 * so those legs can join the combined total. Each once, in the order of the legs.
 */
export function combinedLegCurrencies(s: Pick<Scenario, 'portfolio' | 'prefs' | 'commodity' | 'fx' | 'rate'>): string[] {
  const home = homeCurrencyOf(s.portfolio);
  const held = new Set(foreignCurrencies(s.portfolio));
  const byMode: Readonly<Record<string, string>> = { commodity: s.commodity.currency, fx: s.fx.domestic, rate: s.rate.currency };
  const codes = s.prefs.combined.map((l) => byMode[l.mode] ?? '').filter((c) => CURRENCY_CODE.test(c) && c !== home && !held.has(c));
  return [...new Set(codes)];
}

/** The typed row of `currency` (an empty one when none was typed). */
export function fxRowOf(p: PortfolioInput, currency: string): FxRateInput {
  return p.fxRates.find((r) => r.currency === currency) ?? { currency, spot: '', vol: '', rate: '', correlation: '' };
}

/** Scenario path of a field of a currency's FX row: 'portfolio.fxRates.USD.spot'. */
export const fxPath = (currency: string, field: keyof FxRateInput) => `portfolio.fxRates.${currency}.${field}`;

export interface FxRatesRead {
  readonly home: string;
  readonly rates: Readonly<Record<string, FxRateValue>>;
  /** Bad text in a row: field errors by path. */
  readonly errors: Readonly<Record<string, string>>;
  /** A rate not typed yet: a plain note by path, not an error (its holdings are left out). */
  readonly notes: Readonly<Record<string, string>>;
}

/** Reads the rows of the currencies the holdings use, and of `extra` ones (combinedLegCurrencies); the home currency is 1 by definition. */
export function readFxRates(p: PortfolioInput, extra: readonly string[] = []): FxRatesRead {
  const home = homeCurrencyOf(p);
  const rates: Record<string, FxRateValue> = { [home]: { currency: home, spot: 1, vol: 0, rForeign: null, correlation: 0 } };
  const errors: Record<string, string> = {};
  const notes: Record<string, string> = {};
  if (!CURRENCY_CODE.test(p.homeCurrency)) errors['portfolio.homeCurrency'] = FxMessages.homeCode;
  const held = foreignCurrencies(p);
  for (const currency of [...held, ...extra.filter((c) => !held.includes(c) && c !== home)]) {
    const row = fxRowOf(p, currency);
    const read = (field: Exclude<keyof FxRateInput, 'currency'>, opts: Parameters<typeof parseNumberField>[1]): number | null => {
      const r = parseNumberField(row[field], { ...opts, allowEmpty: true });
      if (r.ok) return r.value;
      errors[fxPath(currency, field)] = r.message;
      return null;
    };
    const spot = read('spot', { gt: 0 });
    if (row.spot.trim() === '') notes[fxPath(currency, 'spot')] = (held.includes(currency) ? FxMessages.missingRate : FxMessages.missingCombinedRate)(home, currency);
    const vol = read('vol', { percent: true, min: 0, max: 1000 });
    const rForeign = read('rate', { percent: true, gt: -100, max: 100 });
    const correlation = read('correlation', { min: -1, max: 1 });
    rates[currency] = { currency, spot, vol, rForeign, correlation };
  }
  return { home, rates, errors, notes };
}

/** Home per one unit of `currency`: 1 at home, the typed rate abroad, null when unknown. */
export function fxRateOf(r: FxRatesRead, currency: string): number | null {
  return r.rates[currency]?.spot ?? null;
}

/**
 * Annual volatility of a holding's value in the home currency: √(σ_S² + σ_X² + 2ρσ_Sσ_X), the
 * variance of a sum of two correlated returns, var(a + b) = var a + var b + 2·cov(a, b) (the two-asset
 * portfolio formula of Hull, Risk Management and Financial Institutions, ch. 1, with both weights 1).
 * At home (σ_X = 0) it is σ_S.
 */
export function homeVolatility(assetVol: number, fx: FxRateValue | undefined): number {
  const sx = fx?.vol ?? 0;
  const rho = fx?.correlation ?? 0;
  const v = assetVol * assetVol + sx * sx + 2 * rho * assetVol * sx;
  return Math.sqrt(Math.max(0, v));
}
