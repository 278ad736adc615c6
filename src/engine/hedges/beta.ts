/**
 * The macro alternative: change a whole portfolio's beta with index futures (Hull, "Options,
 * Futures, and Other Derivatives", 11th ed., §3.5, eq. 3.5 and "Changing the beta of a
 * portfolio"): N* = (β* − β)·P/VF, VF = futures price × multiplier; N* < 0 means sell.
 * Payoff across index levels s at the horizon, CAPM-style as in Hull's Table 3.4: index return
 * incl. dividends R_M = s/I0 − 1 + q·T, portfolio return = r·T + β·(R_M − r·T) (simple rates over
 * the horizon), futures at the horizon F2 = s·e^{(r−q)(Tf − T)} (cost of carry, Hull eq. 5.8).
 */
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkCurrency, checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding } from './contracts';
import type { ContractFees } from './inputs';
import { checkFees, checkOptionalDecimalText, contractFeeLines, costAsNumber, finiteMetrics, marginLines, priceRangeAround, protectedValue } from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan } from './plan';

export interface BetaInput {
  readonly portfolioValue: number;
  readonly currency: string;
  readonly portfolioBeta: number;
  /** Beta wanted after the hedge; default 0 (fully hedged). */
  readonly targetBeta?: number;
  /** Index futures price today. */
  readonly futuresPrice: number;
  /** Currency per index point (E-mini S&P 500: 50). */
  readonly multiplier: number;
  /** Index level today. */
  readonly indexLevel: number;
  /** Risk-free rate and index dividend yield, annual, decimal. */
  readonly r: number;
  readonly dividendYield: number;
  readonly horizonYears: number;
  /** Years to the futures' maturity (>= horizon); default = horizon. */
  readonly futuresMaturityYears?: number;
  readonly rounding?: ContractRounding;
  readonly fees?: ContractFees;
  readonly initialMarginPerContract?: string;
  readonly stressMove?: number;
}

/** Signed contracts N* = (β* − β)·P/(F·multiplier): negative = sell (Hull §3.5). */
export function betaHedgeContracts(portfolioValue: number, beta: number, targetBeta: number, futuresPrice: number, multiplier: number): number {
  return ((targetBeta - beta) * portfolioValue) / (futuresPrice * multiplier);
}

export interface BetaOutcome {
  readonly portfolioValue: number;
  readonly futuresGain: number;
  readonly total: number;
}

/**
 * Expected portfolio value (CAPM) and futures gain when the index ends at `indexAtHorizon` and the
 * futures at `futuresAtHorizon` (Hull Table 3.4's columns); `contracts` signed (< 0 = short).
 */
export function betaHedgeOutcome(input: BetaInput, contracts: number, indexAtHorizon: number, futuresAtHorizon: number): BetaOutcome {
  const rT = input.r * input.horizonYears;
  const marketReturn = indexAtHorizon / input.indexLevel - 1 + input.dividendYield * input.horizonYears;
  const portfolioValue = input.portfolioValue * (1 + rT + input.portfolioBeta * (marketReturn - rT));
  const futuresGain = contracts * (futuresAtHorizon - input.futuresPrice) * input.multiplier;
  return { portfolioValue, futuresGain, total: portfolioValue + futuresGain };
}

function validate(input: unknown): ReturnType<typeof collectErrors> {
  if (!isRecord(input)) return [{ field: 'input', message: 'Enter the portfolio and index futures details.' }];
  const errors = collectErrors(
    checkNumber('portfolioValue', input.portfolioValue, { gt: 0 }),
    checkCurrency('currency', input.currency),
    checkNumber('portfolioBeta', input.portfolioBeta, { min: -10, max: 10 }),
    checkNumber('targetBeta', input.targetBeta, { min: -10, max: 10, optional: true }),
    checkNumber('futuresPrice', input.futuresPrice, { gt: 0 }),
    checkNumber('multiplier', input.multiplier, { gt: 0 }),
    checkNumber('indexLevel', input.indexLevel, { gt: 0 }),
    checkNumber('r', input.r, { min: -1, max: 1 }),
    checkNumber('dividendYield', input.dividendYield, { min: -1, max: 1 }),
    checkNumber('horizonYears', input.horizonYears, { gt: 0, max: 50 }),
    checkNumber('futuresMaturityYears', input.futuresMaturityYears, { min: 0, max: 50, optional: true }),
    checkRounding('rounding', input.rounding),
    checkFees('fees', input.fees),
    checkOptionalDecimalText('initialMarginPerContract', input.initialMarginPerContract),
    checkNumber('stressMove', input.stressMove, { min: 0, max: 1, optional: true }),
  );
  if (errors.length === 0 && (input.futuresMaturityYears as number | undefined ?? Infinity) < (input.horizonYears as number)) {
    errors.push({ field: 'futuresMaturityYears', message: 'Choose futures that mature on or after the end of the hedge.' });
  }
  return errors;
}

/** Sizes the index-futures beta hedge of the whole portfolio; field errors for bad input. */
export function planBeta(input: BetaInput): Result<HedgePlan> {
  const errors = validate(input);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => ok(buildPlan(input)));
}

function buildPlan(input: BetaInput): HedgePlan {
  const ccy = input.currency;
  const target = input.targetBeta ?? 0;
  const exact = betaHedgeContracts(input.portfolioValue, input.portfolioBeta, target, input.futuresPrice, input.multiplier);
  const n = sizeWholeContracts(Math.abs(exact), 1, input.rounding ?? 'nearest').contracts;
  const signed = exact < 0 ? -n : n;
  const vf = input.futuresPrice * input.multiplier;
  const lines = [
    ...contractFeeLines(input.fees, n, ccy, 'contracts'),
    ...marginLines({ initialMarginPerContract: input.initialMarginPerContract, stressMove: input.stressMove, contracts: n, notionalPerContract: vf }, ccy),
  ];
  const ledger = buildLedger(ccy, lines, protectedValue(input.portfolioValue, 1, ccy));
  const cost = costAsNumber(lines);
  const carryYears = (input.futuresMaturityYears ?? input.horizonYears) - input.horizonYears;
  const futuresAt = (s: number) => s * Math.exp((input.r - input.dividendYield) * carryYears);
  const unhedged = (s: number) => betaHedgeOutcome(input, 0, s, futuresAt(s)).portfolioValue;
  const hedged = (s: number) => betaHedgeOutcome(input, signed, s, futuresAt(s)).total - cost;
  const achievedBeta = input.portfolioBeta + (signed * vf) / input.portfolioValue;
  return {
    kind: 'beta',
    label: `${signed < 0 ? 'Sell' : 'Buy'} ${n} index futures: beta ${input.portfolioBeta} → ${achievedBeta.toFixed(2)}`,
    legs: [{ instrument: `Index futures (${input.multiplier} per point)`, side: signed < 0 ? 'sell' : 'buy', contracts: n, contractSize: input.multiplier, unitPrice: input.futuresPrice, expiryYears: input.futuresMaturityYears ?? input.horizonYears }],
    hedgedQuantity: n * input.multiplier,
    unhedgedQuantity: (Math.abs(exact) - n) * input.multiplier,
    targetQuantity: Math.abs(exact) * input.multiplier,
    ledger,
    floor: null,
    cap: null,
    breakeven: null,
    residualRisk: { description: 'Market (beta) risk is reduced for the whole portfolio; each position\'s own (idiosyncratic) risk stays, and beta is an estimate.' },
    payoff: { priceRange: priceRangeAround(input.indexLevel), unhedged, hedged },
    metrics: finiteMetrics({ contracts: signed, exactContracts: exact, achievedBeta, targetBeta: target, futuresContractValue: vf }),
  };
}
