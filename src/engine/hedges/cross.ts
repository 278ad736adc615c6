/**
 * Cross hedge with futures on a correlated asset (Hull, "Options, Futures, and Other
 * Derivatives", 11th ed., §3.4): h* = ρ·σS/σF (eq. 3.1), N* = h*·QA/QF (eq. 3.2), or with tailing
 * N* = ĥ·VA/VF (eq. 3.3) discounted by e^{−rT}. What is left is basis risk, drawn as a band.
 *
 * Band: at a horizon spot price s, the futures price is only expected, E[ΔF | ΔS] = ρ·σF/σS·ΔS;
 * `payoff.hedged(s)` is that expected hedged value and the band is ± one conditional standard
 * deviation, metrics.bandHalfWidth = H·σF·√(1−ρ²)·√(T/period) (H = futures units held). Charts
 * call `crossHedgeBand(plan, s)` for {lower, centre, upper}. Changes are assumed independent from
 * period to period, so standard deviations scale with √(T/period).
 */
import { failAll, fail, guard, ok } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding } from './contracts';
import { checkEstimate, estimateHedgeRatio } from './cross-estimate';
import type { CrossEstimate, HedgeRatioEstimate } from './cross-estimate';
import { exactFuturesContracts } from './futures';
import type { ContractFees, TargetPosition } from './inputs';
import {
  asTarget, checkFees, checkOptionalBoolean, checkOptionalDecimalText, checkTarget, contractFeeLines, costAsNumber,
  finiteMetrics, marginLines, priceRangeAround, protectedValue,
} from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan } from './plan';

export interface CrossInput {
  readonly target: TargetPosition;
  /** Price of the hedging futures today, per unit of its underlying. */
  readonly futuresPrice: number;
  /** Units of the futures' underlying per contract (CME heating oil: 42,000 gallons). */
  readonly contractSize: number;
  readonly estimate: CrossEstimate;
  /** Life of the hedge, years. */
  readonly horizonYears: number;
  /** Length of one period of the changes behind σS, σF (e.g. 1/12 for monthly); default horizonYears. */
  readonly periodYears?: number;
  readonly rounding?: ContractRounding;
  readonly fees?: ContractFees;
  readonly initialMarginPerContract?: string;
  readonly stressMove?: number;
  /** Tailing: σ and ρ are of percentage changes (ĥ), N* = ĥ·VA/VF·e^{−r·horizon}. */
  readonly tailing?: boolean;
  readonly r?: number;
  readonly instrument?: string;
}

/**
 * Lower and upper edge (± one standard deviation) and centre of the hedged value at price `s`.
 * Total on plain data: a plan without a hedged payoff, a price that is not a finite number, or a
 * band that is not finite gives all three as 0.
 */
export function crossHedgeBand(plan: HedgePlan, s: number): { lower: number; centre: number; upper: number } {
  const none = { lower: 0, centre: 0, upper: 0 };
  if (!isRecord(plan) || !isRecord(plan.payoff) || typeof plan.payoff.hedged !== 'function' || typeof s !== 'number' || !Number.isFinite(s)) return none;
  let centre: unknown;
  try {
    centre = plan.payoff.hedged(s);
  } catch {
    return none;
  }
  const width: unknown = isRecord(plan.metrics) ? plan.metrics.bandHalfWidth : undefined;
  const hw = typeof width === 'number' && Number.isFinite(width) ? width : 0;
  if (typeof centre !== 'number' || !Number.isFinite(centre - hw) || !Number.isFinite(centre + hw)) return none;
  return { lower: centre - hw, centre, upper: centre + hw };
}

function validate(input: unknown): ReturnType<typeof collectErrors> {
  if (!isRecord(input)) return [{ field: 'input', message: 'Enter the cross-hedge details.' }];
  const tailing = input.tailing === true;
  return collectErrors(
    checkTarget('target', input.target),
    checkNumber('futuresPrice', input.futuresPrice, { gt: 0 }),
    checkNumber('contractSize', input.contractSize, { gt: 0 }),
    checkEstimate('estimate', input.estimate, tailing),
    checkNumber('horizonYears', input.horizonYears, { gt: 0, max: 100 }),
    checkNumber('periodYears', input.periodYears, { gt: 0, max: 100, optional: true }),
    checkRounding('rounding', input.rounding),
    checkFees('fees', input.fees),
    checkOptionalDecimalText('initialMarginPerContract', input.initialMarginPerContract),
    checkNumber('stressMove', input.stressMove, { min: 0, max: 1, optional: true }),
    checkOptionalBoolean('tailing', input.tailing),
    checkNumber('r', input.r, { min: -1, max: 1, optional: !tailing }),
  );
}

/** Sizes the minimum-variance cross hedge and its residual risk; field errors for bad input. */
export function planCross(input: CrossInput): Result<HedgePlan> {
  const errors = validate(input);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const est = estimateHedgeRatio('estimate', input.estimate, input.tailing === true);
    if (!('hedgeRatio' in est)) return fail(est.field, est.message);
    return ok(buildCrossPlan(input, est));
  });
}

function buildCrossPlan(input: CrossInput, est: HedgeRatioEstimate): HedgePlan {
  const t = asTarget(input.target);
  const ccy = t.currency;
  const tailing = input.tailing === true;
  const h = est.hedgeRatio;
  const tail = tailing ? { r: input.r ?? 0, tenorYears: input.horizonYears } : undefined;
  const exact = exactFuturesContracts(Math.abs(h), t.quantity, t.price, input.futuresPrice, input.contractSize, tail);
  const n = sizeWholeContracts(exact * input.contractSize, input.contractSize, input.rounding ?? 'nearest').contracts;
  // A negative h* (inverse relation) flips the side: the futures then move with the exposure's opposite.
  const sellFutures = (t.quantity > 0) === (h >= 0);
  const futUnits = (sellFutures ? -1 : 1) * n * input.contractSize;
  // σ in price units per period (percentage σ scale by today's prices).
  const sS = tailing ? est.sigmaS * t.price : est.sigmaS;
  const sF = tailing ? est.sigmaF * input.futuresPrice : est.sigmaF;
  const scale = Math.sqrt(input.horizonYears / (input.periodYears ?? input.horizonYears));
  const q = t.quantity;
  const varPeriod = q * q * sS * sS + 2 * q * futUnits * est.rho * sS * sF + futUnits * futUnits * sF * sF;
  const residualSd = Math.sqrt(Math.max(0, varPeriod)) * scale;
  const bandHalfWidth = Math.abs(futUnits) * sF * Math.sqrt(Math.max(0, 1 - est.rho * est.rho)) * scale;
  const lines = [
    ...contractFeeLines(input.fees, n, ccy, 'contracts'),
    ...marginLines({ initialMarginPerContract: input.initialMarginPerContract, stressMove: input.stressMove, contracts: n, notionalPerContract: input.futuresPrice * input.contractSize }, ccy),
  ];
  const ledger = buildLedger(ccy, lines, protectedValue(t.quantity, t.price, ccy));
  const cost = costAsNumber(lines);
  const beta = sS > 0 ? (est.rho * sF) / sS : 0; // E[ΔF | ΔS] per unit ΔS
  const unhedged = (s: number) => q * s;
  const hedged = (s: number) => q * s + futUnits * beta * (s - t.price) - cost;
  const reg = est.regression;
  const periodYears = input.periodYears ?? input.horizonYears;
  return {
    kind: 'cross',
    label: `${sellFutures ? 'Short' : 'Long'} ${n} futures as a cross hedge of ${t.symbol ?? 'the position'}`,
    legs: [{ instrument: input.instrument ?? 'Futures on a correlated asset', side: sellFutures ? 'sell' : 'buy', contracts: n, contractSize: input.contractSize, unitPrice: input.futuresPrice }],
    hedgedQuantity: n * input.contractSize,
    unhedgedQuantity: Math.abs(h * q) - n * input.contractSize,
    targetQuantity: Math.abs(h * q),
    ledger,
    floor: null,
    cap: null,
    breakeven: null,
    residualRisk: {
      description: `Basis risk: the futures track ${t.symbol ?? 'the position'} with correlation ${est.rho.toFixed(3)}, so the hedged value is a band (±${bandHalfWidth.toFixed(0)} for one standard deviation), not a line.`,
      volAnnual: (residualSd / scale / Math.abs(q * t.price)) / Math.sqrt(periodYears),
      effectiveness: est.rho * est.rho,
    },
    payoff: { priceRange: priceRangeAround(t.price), unhedged, hedged },
    metrics: finiteMetrics({
      hedgeRatio: h, correlation: est.rho, sigmaS: est.sigmaS, sigmaF: est.sigmaF, effectiveness: est.rho * est.rho,
      exactContracts: exact, contracts: n, residualSdAtHorizon: residualSd, unhedgedSdAtHorizon: Math.abs(q) * sS * scale, bandHalfWidth,
      ...(reg ? { r2: reg.r2, slopeStdError: reg.slopeStdError, observations: reg.n, t975: reg.t975, hedgeRatioLow95: reg.low95, hedgeRatioHigh95: reg.high95 } : {}),
    }),
  };
}
