/**
 * The portfolio as numbers: each holding's value in the home currency (Q·S·X, see fx-rates.ts), the
 * target, the rest, and the portfolio beta. A holding in a currency whose rate is not typed yet is
 * left out of every figure (total, risk, macro hedge) and noted next to its currency field.
 */
import type { PortfolioInput } from '../state/scenario';
import type { EngineApi } from './kind';
import { currencyNotes } from './holdings';
import { fxRateOf, homeVolatility, readFxRates } from './fx-rates';
import type { FxRatesRead } from './fx-rates';
import { parseNumberField } from '../state/parse-input';
import type { NumberFieldOptions } from '../state/parse-input';

export interface HoldingValue {
  readonly id: string;
  readonly name: string;
  readonly quantity: number;
  readonly price: number;
  readonly currency: string;
  readonly vol: number;
  readonly dividendYield: number;
  /** Typed beta, or null when left empty (treated as 1 for the portfolio beta, and said so). */
  readonly beta: number | null;
  /** Value in the home currency: quantity × price × fxRate (NaN when the rate is unknown). */
  readonly value: number;
  /** Value in the holding's own currency: quantity × price. */
  readonly localValue: number;
  /** Home currency per one unit of the holding's currency (1 at home); null when not typed yet. */
  readonly fxRate: number | null;
  /** Annual volatility of the value in the home currency: √(σ² + σ_X² + 2ρσσ_X); = vol at home. */
  readonly homeVol: number;
}

export interface PortfolioValues {
  /** Holdings converted to the home currency: the ones every figure counts. */
  readonly holdings: readonly HoldingValue[];
  /** Ids of holdings left out because their currency's rate is not typed yet. */
  readonly excluded: readonly string[];
  /** The target holding, counted or not (its price hedges are in its own currency). */
  readonly target: HoldingValue | null;
  /** True when the target counts in the total (its rate is known). */
  readonly targetCounted: boolean;
  /** The home (reporting) currency. */
  readonly currency: string;
  /** The FX rates as read (by currency, the home currency at 1). */
  readonly fx: FxRatesRead;
  readonly totalValue: number;
  readonly restValue: number;
  /** Σ wᵢ βᵢ by value weights (empty betas count as 1). */
  readonly beta: number;
  readonly betasAssumed: number;
  readonly reader: { readonly errors: Record<string, string>; readonly hasErrors: () => boolean };
  /** Plain notes by scenario path (a holding left out). */
  readonly notes: Readonly<Record<string, string>>;
}

/** Parses every holding (errors at 'portfolio.<id>.<field>'); holdings without a rate are noted and left out. */
export function readPortfolio(p: PortfolioInput, engine: Pick<EngineApi, 'portfolioBeta'>): PortfolioValues {
  const read = numberReader('portfolio');
  const fx = readFxRates(p);
  Object.assign(read.errors, fx.errors);
  const currency = fx.home;
  const counted: HoldingValue[] = [];
  const excluded: string[] = [];
  let target: HoldingValue | null = null;
  for (const h of p.holdings) {
    const f = (field: string) => `${h.id}.${field}`;
    const quantity = read.num(f('quantity'), h.quantity);
    const price = read.num(f('price'), h.price, { gt: 0 });
    const vol = read.num(f('vol'), h.vol, { percent: true, min: 0, max: 1000 });
    const dividendYield = read.num(f('dividendYield'), h.dividendYield, { percent: true, min: -100, max: 100 });
    const beta = read.optionalNum(f('beta'), h.beta, { min: -20, max: 20 });
    if (!/^[A-Z]{3}$/.test(h.currency)) read.errors[`portfolio.${f('currency')}`] = 'Enter a three-letter currency code, e.g. EUR.';
    const fxRate = fxRateOf(fx, h.currency);
    const localValue = quantity * price;
    const homeVol = homeVolatility(vol, h.currency === currency ? undefined : fx.rates[h.currency]);
    const value: HoldingValue = { id: h.id, name: h.name, quantity, price, currency: h.currency, vol, dividendYield, beta, value: fxRate === null ? Number.NaN : localValue * fxRate, localValue, fxRate, homeVol };
    if (h.id === p.targetId) target = value;
    if (fxRate !== null) counted.push(value);
    else excluded.push(h.id);
  }
  const finite = counted.filter((h) => Number.isFinite(h.value));
  const totalValue = finite.reduce((s, h) => s + h.value, 0);
  const targetCounted = target !== null && counted.includes(target);
  const restValue = totalValue - (target !== null && targetCounted && Number.isFinite(target.value) ? target.value : 0);
  // An empty beta counts as the market's (1), and the UI says how many were assumed.
  const betas = finite.map((h) => (h.beta !== null && Number.isFinite(h.beta) ? h.beta : 1));
  const { beta } = engine.portfolioBeta(finite.map((h) => h.value), betas);
  const assumed = finite.filter((h) => h.beta === null).length;
  return { holdings: counted, excluded, target, targetCounted, currency, fx, totalValue, restValue, beta: beta ?? 0, betasAssumed: assumed, reader: read, notes: { ...currencyNotes(p), ...fx.notes } };
}

/** Number fields of the holdings, with a message per bad field (no money fields here: no decimal arithmetic on the first screen). */
function numberReader(slice: string) {
  const errors: Record<string, string> = {};
  const parse = (field: string, text: string, opts: NumberFieldOptions): number | null => {
    const r = parseNumberField(text, opts);
    if (r.ok) return r.value;
    errors[`${slice}.${field}`] = r.message;
    return Number.NaN;
  };
  return {
    errors,
    hasErrors: () => Object.keys(errors).length > 0,
    num: (field: string, text: string, opts: NumberFieldOptions = {}) => parse(field, text, opts) ?? Number.NaN,
    optionalNum: (field: string, text: string, opts: NumberFieldOptions = {}) => parse(field, text, { ...opts, allowEmpty: true }),
  };
}
