/**
 * The currency risk of a foreign target, for its FX hedges (forward and option). A holding of Q
 * units priced S in a foreign currency is worth Q·S·X at home (X = home per one unit of foreign), so
 * it carries the foreign amount Q·S as an FX exposure: the engine's FX planners hedge it as a
 * receivable of Q·S (a short holding: a payable of |Q·S|), priced at X, with the home rate as the
 * domestic rate (the hedge's risk-free rate) and the currency's own rate as the foreign one. The
 * hedge covers the amount as of today; price moves of the asset change it (residual risk).
 */
import type { MicroHedge, TargetPosition } from '../../engine';
import { CURRENCY_CODE, homeCurrencyOf } from '../fx-rates';
import type { FxRateValue } from '../fx-rates';
import type { FormValues } from '../fields';
import { num } from '../fields';
import type { FieldSpec } from '../fields';
import type { KindContext } from '../kind';
import type { StockPosition } from '../modes/stock';
import type { RiskMapping } from '../risk-mapping';
import type { Scenario } from '../../state/scenario';

export const FxHedgeMessages = {
  notNeeded: (name: string, home: string) => `Not needed: ${name} is in ${home}, the home currency, so it carries no currency risk.`,
  noRate: (home: string, foreign: string) => `Type the ${home} per ${foreign} rate under “FX rates” in the portfolio to hedge this holding’s currency.`,
  noForeignRate: (foreign: string) => `Type the ${foreign} interest rate under “FX rates” in the portfolio to price this FX hedge.`,
  noVol: (foreign: string) => `Type the ${foreign} volatility under “FX rates” in the portfolio to price this FX hedge and show its risk.`,
  capped: 'An FX hedge covers at most the holding’s whole value: 100 % is used, not the share typed.',
} as const;

const isForeign = (v: FormValues) => v.targetCurrency !== undefined && v.homeCurrency !== undefined && v.targetCurrency !== v.homeCurrency;
export const FX_GROUP = (v: FormValues) => `Currency risk of ${v.targetName || 'the target'} (FX hedge)`;

export const fxCompounding: FieldSpec = {
  kind: 'select', field: 'fxCompounding', label: 'FX forward: rates compound', group: FX_GROUP,
  options: [{ value: 'continuous', label: 'Continuously' }, { value: 'simple', label: 'Simple (money-market)' }],
  hint: (v) => (isForeign(v) || v.targetCurrency === undefined ? 'Rates, spot and volatility of the currency: under “FX rates” in the portfolio' : FxHedgeMessages.notNeeded(v.targetName || 'the target', v.homeCurrency ?? '')),
};
export const fxOptionStrike = num('fxOptionStrike', 'FX option strike', FX_GROUP, { gt: 0, max: 1000 }, { unit: '% of today’s FX rate' });

/** True when the scenario's target is in a valid currency other than the home currency (an FX hedge applies). */
export function holdingFxApplies(s: Scenario): boolean {
  const t = s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId);
  return t !== undefined && CURRENCY_CODE.test(t.currency) && t.currency !== homeCurrencyOf(s.portfolio);
}

export interface HoldingFx {
  readonly home: string;
  readonly foreign: string;
  /** "EUR per USD". */
  readonly pair: string;
  readonly spot: number;
  readonly vol: number;
  readonly rForeign: number;
  /** Typed correlation between the asset and its currency (empty = 0). */
  readonly correlation: number;
  /** The FX planners' target: the foreign amount Q·S, priced at X, in the home currency. */
  readonly target: TargetPosition;
  /** Share of the amount hedged (the typed share, at most 1). */
  readonly hedgeRatio: number;
}

/** The FX exposure of the target, or the plain reason it cannot be hedged yet. */
export function holdingFxOf(c: KindContext<StockPosition>): { readonly ok: true; readonly value: HoldingFx } | { readonly ok: false; readonly message: string } {
  const { pf, holding: h } = c.position;
  const home = pf.currency;
  const foreign = h.currency;
  const row: FxRateValue | undefined = pf.fx.rates[foreign];
  if (row?.spot == null) return { ok: false, message: FxHedgeMessages.noRate(home, foreign) };
  if (row.rForeign === null) return { ok: false, message: FxHedgeMessages.noForeignRate(foreign) };
  if (row.vol === null || row.vol <= 0) return { ok: false, message: FxHedgeMessages.noVol(foreign) };
  const amount = h.quantity * h.price;
  const target: TargetPosition = { symbol: foreign, quantity: amount, price: row.spot, currency: home, volAnnual: row.vol, dividendYield: 0 };
  return {
    ok: true,
    value: { home, foreign, pair: `${home} per ${foreign}`, spot: row.spot, vol: row.vol, rForeign: row.rForeign, correlation: row.correlation ?? 0, target, hedgeRatio: Math.min(1, c.position.hedgeRatio) },
  };
}

/**
 * Risk-panel mapping of an FX hedge: a short position in the currency (a second factor, volatility
 * σ_X) worth `hedgedAmount`·X against the target's home value. Its correlation with the target's home
 * return H = S·X is corr(ln X, ln S + ln X) = (ρ·σ_S + σ_X)/σ_H (covariance of a sum, divided by the
 * two volatilities); with the rest of the portfolio it moves through the target (the engine's
 * one-factor default).
 */
export function fxRisk(fx: HoldingFx, assetVol: number, homeVol: number, hedgedAmount: number, note: string): RiskMapping {
  const amount = Math.abs(fx.target.quantity);
  const ratio = amount > 0 ? hedgedAmount / amount : 0;
  const corr = homeVol > 0 ? (fx.correlation * assetVol + fx.vol) / homeVol : 1;
  const micro: MicroHedge = {
    kind: 'cross', hedgeRatio: Number.isFinite(ratio) ? ratio : 0, hedgeVolAnnual: fx.vol,
    correlationWithTarget: Math.max(-1, Math.min(1, corr)), hedgeBeta: 0, label: `${fx.foreign} (${fx.pair})`,
  };
  return { micro, note, simulation: 'proxy' };
}

/** The holding's currency risk before any hedge: the one-sided 95 % loss from the rate alone over the horizon, z·σ_X·√T·|Q·S·X|. */
export function currencyVar(fx: HoldingFx, years: number): number {
  return 1.6448536269514722 * fx.vol * Math.sqrt(years) * Math.abs(fx.target.quantity * fx.spot);
}
