/**
 * The macro alternative: change a whole portfolio's beta with index futures (Hull, "Options,
 * Futures, and Other Derivatives", 11th ed., §3.5, eq. 3.5 and "Changing the beta of a
 * portfolio"): N* = (β* − β)·P/VF, VF = futures price × multiplier; N* < 0 means sell.
 * The payoff's x-axis is the INDEX LEVEL at the horizon, valued CAPM-style as in Hull's Table 3.4:
 * index return incl. dividends R_M = s/I0 − 1 + q·T, portfolio return = r·T + β·(R_M − r·T)
 * (simple rates over the horizon), futures at the horizon F2 = s·e^{(r−q)(Tf − T)} (Hull eq. 5.8).
 * The beta achieved is that of the WHOLE contracts traded, reported in extras.achievedBeta.
 */
import { Decimal } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, MAX_MAGNITUDE } from '../validate';
import { sizeWholeContracts } from '../instruments/contracts';
import type { AmountTarget, ContractFees, MarginInput, SizingInput } from './inputs';
import { asRecord, checkAmountTarget, checkFees, checkMargin, checkMarket, checkSizing, group } from './input-check';
import { contractFeeLines, costAsNumber, finiteOr0, marginLines, protectedValue } from './linear-legs';
import { levelAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger } from './plan';
import type { PlanOf } from './plan';
import { labelNumber } from './label';
import { Messages } from '../messages';

export interface BetaInput {
  /** amount = the whole portfolio's value (> 0); beta = its beta (required). */
  readonly target: AmountTarget;
  readonly market: {
    /** Index futures price today. */
    readonly futuresPrice: number;
    /** Index level today. */
    readonly indexLevel: number;
    /** Risk-free rate and index dividend yield, annual, decimal. */
    readonly r: number;
    readonly indexDividendYield: number;
    /** The hedge's horizon, years. */
    readonly tenorYears: number;
    /** Years to the futures' maturity (>= horizon); default = horizon. */
    readonly futuresMaturityYears?: number;
  };
  /** contractSize = currency per index point (E-mini S&P 500: 50), required; rounding default 'nearest'. */
  readonly sizing: SizingInput;
  readonly fees?: ContractFees;
  readonly margin?: MarginInput;
  /** Beta wanted after the hedge; default 0 (fully hedged). */
  readonly targetBeta?: number;
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
  const { market, target } = input;
  const rT = market.r * market.tenorYears;
  const marketReturn = indexAtHorizon / market.indexLevel - 1 + market.indexDividendYield * market.tenorYears;
  const portfolioValue = target.amount * (1 + rT + (target.beta as number) * (marketReturn - rT));
  const futuresGain = contracts * (futuresAtHorizon - market.futuresPrice) * (input.sizing.contractSize as number);
  return { portfolioValue, futuresGain, total: portfolioValue + futuresGain };
}

function validate(raw: Record<string, unknown>) {
  const m = group(raw, 'market');
  const errors = collectErrors(
    checkAmountTarget(raw.target, true, true),
    checkMarket(raw, {
      futuresPrice: { gt: 0 }, indexLevel: { gt: 0 }, r: { min: -1, max: 1 }, indexDividendYield: { min: -1, max: 1 },
      tenorYears: { gt: 0, max: 50 }, futuresMaturityYears: { min: 0, max: 50, optional: true },
    }),
    checkSizing(raw, { contractSize: 'required', hedgeRatio: false }),
    checkFees(raw),
    checkMargin(raw),
    checkNumber('targetBeta', raw.targetBeta, { min: -10, max: 10, optional: true }),
  );
  if (errors.length === 0 && ((m.futuresMaturityYears as number | undefined) ?? Infinity) < (m.tenorYears as number)) {
    errors.push({ field: 'market.futuresMaturityYears', message: Messages.futuresMaturity });
  }
  return errors;
}

/** Sizes the index-futures beta hedge of the whole portfolio; field errors for bad input. */
export function planBeta(input: BetaInput): Result<PlanOf<'beta'>> {
  const errors = validate(asRecord(input));
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const { target, market } = input;
    const exact = new Decimal((input.targetBeta ?? 0) - (target.beta as number)).times(target.amount)
      .dividedBy(new Decimal(market.futuresPrice).times(input.sizing.contractSize as number));
    return exact.abs().lessThanOrEqualTo(MAX_MAGNITUDE) ? finishPlan(buildPlan(input, exact), 'input') : fail('market.futuresPrice', Messages.tooMany);
  });
}

function buildPlan(input: BetaInput, exact: Decimal): PlanOf<'beta'> {
  const { target, market } = input;
  const ccy = target.currency;
  const beta = target.beta as number;
  const goal = input.targetBeta ?? 0;
  const m = input.sizing.contractSize as number;
  const sizing = sizeWholeContracts(exact.abs().times(m), m, input.sizing.rounding ?? 'nearest');
  const n = sizing.contracts;
  const side = exact.isNegative() ? 'sell' : 'buy';
  const signed = side === 'sell' ? -n : n;
  const vf = new Decimal(market.futuresPrice).times(m);
  const lines = [...contractFeeLines(input.fees, n, ccy, 'contracts'), ...marginLines(input.margin, n, vf, ccy)];
  const ledger = buildLedger(ccy, lines, protectedValue(target.amount, 1, ccy));
  const cost = costAsNumber(lines);
  const T = market.tenorYears;
  const F = market.futuresPrice;
  const carryYears = (market.futuresMaturityYears ?? T) - T;
  const futuresAt = (s: number) => s * Math.exp((market.r - market.indexDividendYield) * carryYears);
  const portfolioAt = (s: number) => betaHedgeOutcome(input, 0, s, F).portfolioValue;
  const hedged = (s: number) => betaHedgeOutcome(input, signed, s, futuresAt(s)).total - cost;
  const achievedBeta = finiteOr0(new Decimal(beta).plus(vf.times(signed).dividedBy(target.amount)).toNumber());
  return {
    kind: 'beta',
    label: `${side === 'sell' ? 'Sell' : 'Buy'} ${n} index futures: beta ${labelNumber(beta)} → ${labelNumber(achievedBeta)}`,
    axis: levelAxis('index-level', 'Index level at the horizon', 'index points', market.indexLevel),
    legs: [{ instrument: `Index futures (${labelNumber(m, 4)} per point)`, side, contracts: n, contractSize: m, unitPrice: F, expiryYears: market.futuresMaturityYears ?? T }],
    targetQuantity: sizing.targetUnits,
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: sizing.remainderUnits,
    ledger,
    floor: null,
    cap: null,
    breakeven: null,
    residualRisk: { description: "Market (beta) risk is reduced for the whole portfolio; each position's own (idiosyncratic) risk stays, and beta is an estimate." },
    payoff: { unhedged: portfolioAt, hedged },
    extras: {
      contracts: n, exactContracts: sizing.exactContracts, side, portfolioBeta: beta, targetBeta: goal, achievedBeta,
      futuresContractValue: finiteOr0(vf.toNumber()),
    },
  };
}
