/**
 * Futures / forward lock-in (Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.1–3.4):
 * a holder (quantity > 0) sells futures, a buyer who must buy later (quantity < 0) buys them.
 * Effective price at close-out = F1 + b2, b2 = S2 − F2 the basis (Hull §3.3). Whole contracts
 * leave a remainder that still moves with the price.
 */
import { fromModel, multiply, roundMoney, subtract } from '../money';
import type { Money } from '../money';
import { failAll, guard, ok } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding } from './contracts';
import type { ContractFees, TargetPosition } from './inputs';
import {
  asTarget, checkFees, checkOptionalBoolean, checkOptionalDecimalText, checkTarget, contractFeeLines, costAsNumber,
  finiteMetrics, marginLines, priceRangeAround, protectedValue, scenarioMetrics,
} from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan } from './plan';

export interface FuturesInput {
  readonly target: TargetPosition;
  /** Futures (or forward) price today, per unit, in the target currency. */
  readonly futuresPrice: number;
  /** Underlying units per contract (CME wheat: 5,000 bushels). */
  readonly contractSize: number;
  /** Fraction of the exposure to hedge; default 1. */
  readonly hedgeRatio?: number;
  /** Default 'nearest'. */
  readonly rounding?: ContractRounding;
  readonly fees?: ContractFees;
  /** Initial margin per contract, decimal text (held, not spent). */
  readonly initialMarginPerContract?: string;
  /** Adverse fractional move for the variation-margin stress line (0.2 = 20 %). */
  readonly stressMove?: number;
  /** Expected basis at close-out b2 = spot − futures (Hull's sign), per unit; default 0. */
  readonly expectedBasis?: number;
  /** Tail the hedge: N* = h·VA/VF·e^{−r·T} (Hull §3.4, "Tailing the hedge"). */
  readonly tailing?: boolean;
  /** Rate for tailing, annual, continuously compounded. */
  readonly r?: number;
  /** Remaining life of the hedge, years (tailing). */
  readonly tenorYears?: number;
  /** Plain name of the contract, e.g. "CBOT wheat (ZW), Mar". */
  readonly instrument?: string;
}

/** A lock-in plan: the plan plus the locked-in value of the hedged units (rounded money). */
export interface FuturesPlan extends HedgePlan {
  /** Hedged units × locked price, signed like the target (a cost is negative). */
  readonly lockedValue: Money;
}

function validate(input: unknown): ReturnType<typeof collectErrors> {
  if (!isRecord(input)) return [{ field: 'input', message: 'Enter the futures hedge details.' }];
  const tailing = input.tailing === true;
  return collectErrors(
    checkTarget('target', input.target),
    checkNumber('futuresPrice', input.futuresPrice, { gt: 0 }),
    checkNumber('contractSize', input.contractSize, { gt: 0 }),
    checkNumber('hedgeRatio', input.hedgeRatio, { min: 0, max: 10, optional: true }),
    checkRounding('rounding', input.rounding),
    checkFees('fees', input.fees),
    checkOptionalDecimalText('initialMarginPerContract', input.initialMarginPerContract),
    checkNumber('stressMove', input.stressMove, { min: 0, max: 1, optional: true }),
    checkNumber('expectedBasis', input.expectedBasis, { optional: true }),
    checkOptionalBoolean('tailing', input.tailing),
    checkNumber('r', input.r, { min: -1, max: 1, optional: !tailing }),
    checkNumber('tenorYears', input.tenorYears, { min: 0, max: 100, optional: !tailing }),
  );
}

/**
 * Exact (fractional) contract count: h·|QA|/QF (Hull eq. 3.2), or with tailing h·VA/VF·e^{−rT}
 * (eq. 3.3 with the tail as a continuous discount; Hull divides by 1.05 for 5 % over 1 year).
 */
export function exactFuturesContracts(h: number, quantity: number, spot: number, futuresPrice: number, contractSize: number, tail?: { r: number; tenorYears: number }): number {
  if (tail === undefined) return (h * Math.abs(quantity)) / contractSize;
  return ((h * Math.abs(quantity) * spot) / (futuresPrice * contractSize)) * Math.exp(-tail.r * tail.tenorYears);
}

/** Sizes, costs and draws a futures lock-in. Returns field errors for bad input; never throws. */
export function planFutures(input: FuturesInput): Result<FuturesPlan> {
  const errors = validate(input);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => ok(buildFuturesPlan(input)));
}

function buildFuturesPlan(input: FuturesInput): FuturesPlan {
  const t = asTarget(input.target);
  const ccy = t.currency;
  const h = input.hedgeRatio ?? 1;
  const basis = input.expectedBasis ?? 0;
  const tail = input.tailing === true ? { r: input.r ?? 0, tenorYears: input.tenorYears ?? 0 } : undefined;
  const exact = exactFuturesContracts(h, t.quantity, t.price, input.futuresPrice, input.contractSize, tail);
  const sizing = sizeWholeContracts(exact * input.contractSize, input.contractSize, input.rounding ?? 'nearest');
  const n = sizing.contracts;
  const side = t.quantity > 0 ? 'sell' : 'buy';
  const futUnits = (t.quantity > 0 ? -1 : 1) * n * input.contractSize; // signed futures position, units
  const lines = [
    ...contractFeeLines(input.fees, n, ccy, 'contracts'),
    ...marginLines({ initialMarginPerContract: input.initialMarginPerContract, stressMove: input.stressMove, contracts: n, notionalPerContract: input.futuresPrice * input.contractSize }, ccy),
  ];
  const hedgedUnits = n * input.contractSize;
  const ledger = buildLedger(ccy, lines, protectedValue(hedgedUnits, t.price, ccy));
  const cost = costAsNumber(lines);
  const lockedPrice = input.futuresPrice + basis;
  // Value at horizon spot s: position Q·s plus futures P&L with F2 = s − b2.
  const hedged = (s: number) => t.quantity * s + futUnits * (s - basis - input.futuresPrice) - cost;
  const unhedged = (s: number) => t.quantity * s;
  const slope = t.quantity + futUnits; // the remainder still exposed to the price
  const intercept = -futUnits * (basis + input.futuresPrice) + 0; // hedged(0) before costs (+0: no −0)
  const interceptMoney = subtract(fromModel(intercept, ccy), ledger.totalCost);
  const payoff = { priceRange: priceRangeAround(t.price), unhedged, hedged };
  const signedHedged = Math.sign(t.quantity) * hedgedUnits + 0;
  const asked = Math.abs(t.quantity) * h;
  // Over-hedged when whole contracts leave an exposure of the opposite sign to the position's.
  const remainder =
    slope === 0
      ? 'Whole contracts cover the position exactly.'
      : Math.sign(slope) === Math.sign(t.quantity)
        ? `${Math.abs(slope)} units stay exposed to the price (whole-contract remainder).`
        : `Whole contracts cover ${Math.abs(slope)} units more than the position: that part moves the other way, like a bet on the price.`;
  return {
    kind: 'futures',
    label:
      n === 0
        ? `No whole contract: ${asked} units is less than one contract of ${input.contractSize} with this rounding, so nothing is hedged`
        : `${side === 'sell' ? 'Short' : 'Long'} ${n} futures on ${t.symbol ?? 'the position'}`,
    legs: [{ instrument: input.instrument ?? `Futures on ${t.symbol ?? 'the asset'}`, side, contracts: n, contractSize: input.contractSize, unitPrice: input.futuresPrice }],
    hedgedQuantity: hedgedUnits,
    unhedgedQuantity: Math.abs(t.quantity) * h - hedgedUnits,
    targetQuantity: Math.abs(t.quantity) * h,
    ledger,
    floor: slope === 0 || slope > 0 ? roundMoney(interceptMoney) : null,
    cap: slope === 0 || slope < 0 ? roundMoney(interceptMoney) : null,
    breakeven: slope === 0 ? null : (t.quantity * t.price - (intercept - cost)) / slope,
    residualRisk: {
      description: `Basis risk: the locked price is F1 + b2 and b2 (spot − futures at close-out) is only estimated. ${remainder}`,
      ...(t.volAnnual !== undefined ? { volAnnual: (Math.abs(slope) / Math.abs(t.quantity)) * t.volAnnual } : {}),
    },
    payoff,
    metrics: finiteMetrics({ lockedPrice, contracts: n, exactContracts: exact, basis, hedgeRatio: h, remainderUnits: slope, ...scenarioMetrics(payoff, t.price) }),
    lockedValue: roundMoney(multiply(fromModel(lockedPrice, ccy), signedHedged)),
  };
}
