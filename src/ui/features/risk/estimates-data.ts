/**
 * Everything the estimates view shows, from the loaded history and the user's choices, in one
 * pure call: volatilities, correlations and betas; the hedge ratio of the target on the hedge
 * asset with its uncertainty; the effectiveness tests of that hedge over the same history; and
 * the text written into the calculator's fields by "Use these estimates".
 */
import { estimateHedgeRatio, estimateMarket, testHedgeEffectiveness } from '../../../engine';
import type { AlignedHistory, EffectivenessReport, HedgeRatioEstimate, MarketEstimates, ReturnKind } from '../../../engine';

export interface EstimateChoices {
  readonly returns: ReturnKind;
  /** Symbols from the history; '' = none. */
  readonly index: string;
  readonly target: string;
  readonly hedge: string;
}

export interface HistoryEstimates {
  readonly market: MarketEstimates | null;
  readonly hedgeRatio: HedgeRatioEstimate | null;
  readonly effectiveness: EffectivenessReport | null;
  readonly messages: readonly string[];
}

/** Default choices for a freshly loaded history: an index-like symbol as index, the first other two as target and hedge. */
export function defaultChoices(symbols: readonly string[], targetName = ''): EstimateChoices {
  const index = symbols.find((s) => /S&?P|SPX|500|INDEX|IDX|STOXX|DAX|FTSE|NIKKEI|MSCI/i.test(s)) ?? '';
  const others = symbols.filter((s) => s !== index);
  const byName = others.find((s) => targetName !== '' && targetName.toUpperCase().includes(s.toUpperCase()));
  const target = byName ?? others[0] ?? symbols[0] ?? '';
  const hedge = others.find((s) => s !== target) ?? (index !== target ? index : '');
  return { returns: 'log', index, target, hedge };
}

/** Runs the estimates for `choices`; messages carry every engine refusal in plain words. */
export function buildHistoryEstimates(history: AlignedHistory, choices: EstimateChoices): HistoryEstimates {
  const messages: string[] = [];
  const m = estimateMarket(history, { returns: choices.returns, ...(choices.index ? { indexSymbol: choices.index } : {}) });
  const market = m.ok ? m.value : null;
  if (!m.ok) messages.push(...m.errors.map((e) => e.message));
  let hedgeRatio: HedgeRatioEstimate | null = null;
  let effectiveness: EffectivenessReport | null = null;
  if (choices.target && choices.hedge) {
    const h = estimateHedgeRatio(history, choices.target, choices.hedge);
    if (h.ok) {
      hedgeRatio = h.value;
      const item = history.prices[history.symbols.indexOf(choices.target)] ?? [];
      const hedgePrices = history.prices[history.symbols.indexOf(choices.hedge)] ?? [];
      // One target unit hedged by a short of h* hedge units, held over the whole history.
      const e = testHedgeEffectiveness({ hedgedItemValues: item, hedgeValues: hedgePrices.map((p) => -h.value.hedgeRatio * p) });
      if (e.ok) effectiveness = e.value;
      else messages.push(...e.errors.map((x) => x.message));
    } else messages.push(...h.errors.map((e) => e.message));
  }
  return { market, hedgeRatio, effectiveness, messages };
}

export interface FieldWrite {
  /** Where it goes: the target holding's field, a stock-hedge field, or a portfolio field. */
  readonly place: 'holding' | 'stock' | 'portfolio';
  readonly field: 'vol' | 'beta' | 'proxyCorrelation' | 'proxyVol' | 'indexVol';
  readonly text: string;
  /** Plain words for the confirmation, e.g. "target volatility 31.2 %". */
  readonly label: string;
}

const pct = (x: number) => (x * 100).toFixed(1);

/**
 * The calculator fields the estimates fill, as the text a user would type: target volatility and
 * beta, the proxy's correlation with the target and its volatility, the index volatility.
 */
export function estimatesToFields(est: HistoryEstimates, choices: EstimateChoices): FieldWrite[] {
  const market = est.market;
  if (market === null) return [];
  const bySymbol = (s: string) => market.assets.find((a) => a.symbol === s);
  const out: FieldWrite[] = [];
  const target = bySymbol(choices.target);
  if (target && Number.isFinite(target.volAnnual) && target.volAnnual > 0) out.push({ place: 'holding', field: 'vol', text: pct(target.volAnnual), label: `target volatility ${pct(target.volAnnual)} %` });
  if (target && target.beta !== null && Number.isFinite(target.beta)) out.push({ place: 'holding', field: 'beta', text: target.beta.toFixed(2), label: `target beta ${target.beta.toFixed(2)}` });
  const hedge = bySymbol(choices.hedge);
  if (est.hedgeRatio !== null && choices.hedge !== '') {
    const i = market.assets.findIndex((a) => a.symbol === choices.target);
    const j = market.assets.findIndex((a) => a.symbol === choices.hedge);
    const rho = i >= 0 && j >= 0 ? (market.correlation[i] as number[])[j] as number : est.hedgeRatio.correlation;
    out.push({ place: 'stock', field: 'proxyCorrelation', text: rho.toFixed(2), label: `proxy correlation ${rho.toFixed(2)}` });
  }
  if (hedge && hedge.volAnnual > 0) out.push({ place: 'stock', field: 'proxyVol', text: pct(hedge.volAnnual), label: `proxy volatility ${pct(hedge.volAnnual)} %` });
  const index = bySymbol(choices.index);
  if (index && index.volAnnual > 0) out.push({ place: 'portfolio', field: 'indexVol', text: pct(index.volAnnual), label: `index volatility ${pct(index.volAnnual)} %` });
  return out;
}
