/**
 * Cross hedge with futures on a correlated asset (Hull, "Options, Futures, and Other
 * Derivatives", 11th ed., §3.4): h* = ρ·σS/σF (eq. 3.1), N* = h*·QA/QF (eq. 3.2), or tailed
 * N* = ĥ·VA/VF (eq. 3.3, the value ratio, applied once), each times the share of the position to
 * hedge. What is left is basis risk, drawn as a band.
 *
 * Band: at a horizon spot price s, the futures price is only expected, E[ΔF | ΔS] = ρ·σF/σS·ΔS;
 * `payoff.hedged(s)` is that expected hedged value and the band is ± one conditional standard
 * deviation, extras.bandHalfWidth = H·σF·√(1−ρ²)·√(T/period) (H = futures units held).
 */
import { Decimal } from '../money';
import { failAll, fail, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors } from '../validate';
import { isTradable, sizeWholeContracts } from '../instruments/contracts';
import type { ContractSizing } from '../instruments/contracts';
import { checkEstimate, crossRatio } from './cross-estimate';
import type { CrossEstimate, CrossRatio } from './cross-estimate';
import { futuresUnits } from './futures';
import { Messages } from '../messages';
import type { ContractFees, MarginInput, SizingInput, TargetPosition } from './inputs';
import { asRecord, checkFees, checkFlag, checkMargin, checkMarket, checkSizing, checkTarget } from './input-check';
import { contractFeeLines, costAsNumber, finiteOr0, marginLines, protectedValue } from './linear-legs';
import { levelAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger } from './plan';
import type { HedgePlan, PlanOf } from './plan';

export interface CrossInput {
  readonly target: TargetPosition;
  readonly market: {
    /** Price of the hedging futures today, per unit of its underlying. */
    readonly futuresPrice: number;
    /** Life of the hedge, years. */
    readonly tenorYears: number;
  };
  /** contractSize required (CME heating oil: 42,000 gallons); hedgeRatio = share of the position to hedge (default 1). */
  readonly sizing: SizingInput;
  readonly fees?: ContractFees;
  readonly margin?: MarginInput;
  readonly estimate: CrossEstimate;
  /** Length of one period of the changes behind σS, σF (e.g. 1/12 for monthly); default market.tenorYears. */
  readonly periodYears?: number;
  /** Tailing: σ and ρ are of percentage changes (ĥ), N* = ĥ·VA/VF. */
  readonly tailing?: boolean;
  readonly instrument?: string;
}

/** Lower and upper edge (± one standard deviation) and centre of the hedged value at price `s`. */
export function crossHedgeBand(plan: HedgePlan, s: number): { lower: number; centre: number; upper: number } {
  const centre = plan.payoff.hedged(s);
  const hw = plan.kind === 'cross' ? plan.extras.bandHalfWidth : 0;
  return { lower: centre - hw, centre, upper: centre + hw };
}

function validate(raw: Record<string, unknown>) {
  return collectErrors(
    checkTarget(raw.target, { quantity: 'nonzero' }),
    checkMarket(raw, { futuresPrice: { gt: 0 }, tenorYears: { gt: 0, max: 100 } }),
    checkSizing(raw, { contractSize: 'required' }),
    checkFees(raw),
    checkMargin(raw),
    checkEstimate('estimate', raw.estimate, raw.tailing === true),
    checkNumber('periodYears', raw.periodYears, { gt: 0, max: 100, optional: true }),
    checkFlag('tailing', raw.tailing),
  );
}

/** Sizes the minimum-variance cross hedge and its residual risk; field errors for bad input. */
export function planCross(input: CrossInput): Result<PlanOf<'cross'>> {
  const errors = validate(asRecord(input));
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const est = crossRatio('estimate', input.estimate, input.tailing === true);
    if (!('hedgeRatio' in est)) return fail(est.field, est.message);
    const t = input.target;
    const share = new Decimal(input.sizing.hedgeRatio ?? 1).times(new Decimal(Math.abs(est.hedgeRatio)));
    const units = futuresUnits(share, t.quantity, t.price, input.market.futuresPrice, input.tailing === true);
    const sizing = sizeWholeContracts(units, input.sizing.contractSize as number, input.sizing.rounding ?? 'nearest');
    return isTradable(sizing) ? finishPlan(buildCrossPlan(input, est, sizing), 'input') : fail('sizing.contractSize', Messages.tooMany);
  });
}

function buildCrossPlan(input: CrossInput, est: CrossRatio, sizing: ContractSizing): PlanOf<'cross'> {
  const t = input.target;
  const ccy = t.currency;
  const tailing = input.tailing === true;
  const { futuresPrice: F, tenorYears: T } = input.market;
  const size = input.sizing.contractSize as number;
  const share = input.sizing.hedgeRatio ?? 1;
  const h = est.hedgeRatio;
  const n = sizing.contracts;
  // A negative h* (inverse relation) flips the side: the futures then move with the exposure's opposite.
  const sellFutures = (t.quantity > 0) === (h >= 0);
  const futUnits = (sellFutures ? -1 : 1) * sizing.hedgedUnits;
  // σ in price units per period (percentage σ scale by today's prices).
  const sS = tailing ? est.sigmaS * t.price : est.sigmaS;
  const sF = tailing ? est.sigmaF * F : est.sigmaF;
  const periodYears = input.periodYears ?? T;
  const scale = Math.sqrt(T / periodYears);
  const q = t.quantity;
  const varPeriod = q * q * sS * sS + 2 * q * futUnits * est.rho * sS * sF + futUnits * futUnits * sF * sF;
  const residualSd = finiteOr0(Math.sqrt(Math.max(0, varPeriod)) * scale);
  const bandHalfWidth = finiteOr0(Math.abs(futUnits) * sF * Math.sqrt(Math.max(0, 1 - est.rho * est.rho)) * scale);
  const lines = [...contractFeeLines(input.fees, n, ccy, 'contracts'), ...marginLines(input.margin, n, new Decimal(F).times(size), ccy)];
  const ledger = buildLedger(ccy, lines, protectedValue(q, t.price, ccy));
  const cost = costAsNumber(lines);
  const slope = sS > 0 ? (est.rho * sF) / sS : 0; // E[ΔF | ΔS] per unit ΔS
  const hedged = (s: number) => q * s + futUnits * slope * (s - t.price) - cost;
  const reg = est.regression;
  return {
    kind: 'cross',
    label: `${sellFutures ? 'Short' : 'Long'} ${n} futures as a cross hedge of ${t.symbol}`,
    axis: levelAxis('price', `${t.symbol} price at the horizon`, `${ccy} per unit`, t.price),
    legs: [{ instrument: input.instrument ?? 'Futures on a correlated asset', side: sellFutures ? 'sell' : 'buy', contracts: n, contractSize: size, unitPrice: F }],
    targetQuantity: sizing.targetUnits,
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: sizing.remainderUnits,
    ledger,
    floor: null,
    cap: null,
    breakeven: null,
    residualRisk: {
      description: `Basis risk: the futures track ${t.symbol} with correlation ${est.rho.toFixed(3)}, so the hedged value is a band (±${bandHalfWidth.toFixed(0)} for one standard deviation), not a line.`,
      volAnnual: finiteOr0(residualSd / scale / Math.abs(q * t.price) / Math.sqrt(periodYears)),
      effectiveness: est.rho * est.rho,
    },
    payoff: { unhedged: (s) => q * s, hedged },
    extras: {
      contracts: n, exactContracts: sizing.exactContracts, minVarianceRatio: h, hedgeRatio: share, correlation: est.rho,
      sigmaS: est.sigmaS, sigmaF: est.sigmaF, effectiveness: est.rho * est.rho, bandHalfWidth, residualSdAtHorizon: residualSd,
      unhedgedSdAtHorizon: finiteOr0(Math.abs(q) * sS * scale),
      regression: reg === null ? null : { r2: reg.r2, slopeStdError: reg.slopeStdError, observations: reg.n, t975: reg.t975, low95: reg.low95, high95: reg.high95 },
    },
  };
}
