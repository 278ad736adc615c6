/**
 * The same-cost macro alternative's input, from the calculation the results come from: the chosen
 * micro hedge's cost is the budget; the portfolio, its beta and the index (level, multiplier) are
 * the macro hedge's; the index volatility is the risk panel's; the puts' strike sits as far below
 * the index as the micro hedge's bought put sits below the target's price (at the money without one),
 * and they expire with the micro hedge's options (or at the horizon).
 */
import { toNumber } from '../../../engine';
import type { SameCostMacroInput } from '../../../engine';
import type { HedgeResult, ModeResult } from '../../../calc/types';
import { parseNumberField } from '../../../state/parse-input';
import { parseMoneyText } from '../../../state/parse-money';
import type { Scenario } from '../../../state/scenario';

export type SameCostInput =
  | { readonly ok: true; readonly input: SameCostMacroInput; readonly indexName: string; readonly budgetSource: string }
  | { readonly ok: false; readonly message: string };

export const SameCostMessages = {
  noMacro: 'Enter the index futures inputs of the macro alternative to see the index puts of the same cost.',
  noMicro: 'No micro hedge could be computed, so there is no cost to match.',
  inputs: 'Fix the rate, the index dividend yield, the index volatility and the fees above to see the index puts of the same cost.',
} as const;

function parsedOr(text: string, percent: boolean): number | null {
  const r = parseNumberField(text, { percent, min: -100, max: 100 });
  return r.ok ? r.value : null;
}

function fee(text: string): number | null {
  const r = parseMoneyText(text, { allowEmpty: true, min: 0 });
  return r.ok ? Number(r.value || '0') : null;
}

export function buildSameCostInput(scenario: Scenario, result: ModeResult, hedge: HedgeResult | null, indexVolAnnual: number): SameCostInput {
  const macro = result.hedges.find((h) => h.plan?.kind === 'beta')?.plan ?? null;
  const micro = hedge?.plan ?? null;
  const pf = result.portfolio;
  if (macro === null || pf === undefined || pf.target === null) return { ok: false, message: SameCostMessages.noMacro };
  if (micro === null) return { ok: false, message: SameCostMessages.noMicro };
  const r = parsedOr(scenario.stock.rate, true);
  const q = parsedOr(scenario.stock.indexDividendYield, true);
  const commission = fee(scenario.stock.commission);
  const exchange = fee(scenario.stock.exchangeFee);
  if (r === null || q === null || commission === null || exchange === null || !(indexVolAnnual > 0)) return { ok: false, message: SameCostMessages.inputs };
  const put = micro.legs.find((l) => l.optionType === 'put' && l.side === 'buy' && l.strike !== undefined);
  const expiries = micro.legs.map((l) => l.expiryYears).filter((t): t is number => t !== undefined && t > 0);
  const tenorYears = expiries.length > 0 ? Math.min(...expiries) : (result.horizonYears ?? 0);
  const dividendYield = pf.totalValue > 0 ? pf.holdings.reduce((s, h) => s + h.value * h.dividendYield, 0) / pf.totalValue : 0;
  return {
    ok: true,
    indexName: scenario.stock.indexName || 'the index',
    budgetSource: hedge?.name ?? 'the micro hedge',
    input: {
      budget: toNumber(micro.ledger.totalCost),
      portfolio: { value: pf.totalValue, beta: pf.beta, dividendYield },
      index: { level: macro.axis.today, volAnnual: indexVolAnnual, dividendYield: q, multiplier: macro.legs[0]?.contractSize ?? 1 },
      r,
      tenorYears,
      strikeFraction: put?.strike !== undefined ? put.strike / pf.target.price : 1,
      feePerContract: commission + exchange,
    },
  };
}
