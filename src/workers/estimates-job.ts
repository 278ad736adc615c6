/**
 * Everything the estimates view shows, from an aligned history and the user's choices:
 * volatilities, correlations and betas; the hedge ratio of the target on the hedge asset with its
 * uncertainty; the effectiveness tests of that hedge over the same history. Runs in the CSV
 * worker next to the history, in steps (the correlation matrix of 200 series is the slow part).
 */
import { estimateHedgeRatio, estimateMarketSteps, testHedgeEffectiveness } from '../engine';
import type { AlignedHistory, EffectivenessReport, HedgeRatioEstimate, MarketEstimates, ReturnKind } from '../engine';

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

/** The estimates for `choices`, yielding the fraction done; messages carry every engine refusal in plain words. */
export function* estimateHistorySteps(history: AlignedHistory, choices: EstimateChoices): Generator<number, HistoryEstimates> {
  const messages: string[] = [];
  const steps = estimateMarketSteps(history, { returns: choices.returns, ...(choices.index ? { indexSymbol: choices.index } : {}) });
  let step = steps.next();
  for (; !step.done; step = steps.next()) yield step.value;
  const m = step.value;
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

/** `estimateHistorySteps` run to the end. */
export function buildHistoryEstimates(history: AlignedHistory, choices: EstimateChoices): HistoryEstimates {
  const steps = estimateHistorySteps(history, choices);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}
