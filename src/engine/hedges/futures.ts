/**
 * Futures / forward lock-in (Hull, "Options, Futures, and Other Derivatives", 11th ed., §3.1–3.4):
 * a holder (quantity > 0) sells futures, a buyer who must buy later (quantity < 0) buys them.
 * Effective price at close-out = F1 + b2, b2 = S2 − F2 the basis (Hull §3.3). Contracts: h·|QA|/QF
 * (eq. 3.2), or tailed h·VA/VF (eq. 3.3, VA = |QA|·S0, VF = QF·F0: the value ratio, applied once).
 * Whole contracts leave a remainder that still moves with the price.
 */
import { Decimal, money } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { collectErrors } from '../validate';
import { isTradable, sizeWholeContracts } from '../instruments/contracts';
import type { ContractSizing } from '../instruments/contracts';
import { Messages } from '../messages';
import type { ContractFees, MarginInput, SizingInput, TargetPosition } from './inputs';
import { asRecord, checkFees, checkFlag, checkMargin, checkMarket, checkSizing, checkTarget } from './input-check';
import { costAsNumber, contractFeeLines, finiteOr0, marginLines, protectedValue } from './linear-legs';
import { levelAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { PlanOf } from './plan';
import { labelNumber } from './label';

export interface FuturesInput {
  readonly target: TargetPosition;
  readonly market: {
    /** Futures (or forward) price today, per unit, in the target currency. */
    readonly futuresPrice: number;
    /** Expected basis b2 = spot − futures at close-out; default 0. */
    readonly expectedBasis?: number;
  };
  /** contractSize required (CME wheat: 5,000 bushels); hedgeRatio default 1 (max 10). */
  readonly sizing: SizingInput;
  readonly fees?: ContractFees;
  readonly margin?: MarginInput;
  /** Tailing: size on the value ratio VA/VF (Hull eq. 3.3) instead of the unit ratio. */
  readonly tailing?: boolean;
  readonly instrument?: string;
}

function validate(raw: Record<string, unknown>) {
  return collectErrors(
    checkTarget(raw.target, { quantity: 'nonzero' }),
    checkMarket(raw, { futuresPrice: { gt: 0 }, expectedBasis: { optional: true } }),
    checkSizing(raw, { contractSize: 'required', hedgeRatioMax: 10 }),
    checkFees(raw),
    checkMargin(raw),
    checkFlag('tailing', raw.tailing),
  );
}

/**
 * Units of the futures' underlying to trade, exact: h·|QA| (Hull eq. 3.2 × QF), or tailed
 * h·|QA|·S0/F0 (eq. 3.3 × QF). Inputs are floats read through their shortest decimal text.
 */
export function futuresUnits(h: Decimal | number, quantity: number, spot: number, futuresPrice: number, tailing: boolean): Decimal {
  const units = new Decimal(h).times(new Decimal(quantity).abs());
  return tailing ? units.times(new Decimal(spot)).dividedBy(new Decimal(futuresPrice)) : units;
}

/** Sizes, costs and draws a futures lock-in. Returns field errors for bad input; never throws. */
export function planFutures(input: FuturesInput): Result<PlanOf<'futures'>> {
  const raw = asRecord(input);
  const errors = validate(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const t = input.target;
    const units = futuresUnits(input.sizing.hedgeRatio ?? 1, t.quantity, t.price, input.market.futuresPrice, input.tailing === true);
    const sizing = sizeWholeContracts(units, input.sizing.contractSize as number, input.sizing.rounding ?? 'nearest');
    return isTradable(sizing) ? finishPlan(buildFuturesPlan(input, sizing), 'input') : fail('sizing.contractSize', Messages.tooMany);
  });
}

function buildFuturesPlan(input: FuturesInput, sizing: ContractSizing): PlanOf<'futures'> {
  const t = input.target;
  const ccy = t.currency;
  const size = input.sizing.contractSize as number;
  const h = input.sizing.hedgeRatio ?? 1;
  const F = input.market.futuresPrice;
  const basis = input.market.expectedBasis ?? 0;
  const tailed = input.tailing === true;
  const n = sizing.contracts;
  const side = t.quantity > 0 ? 'sell' : 'buy';
  const sign = t.quantity > 0 ? 1 : -1;
  const hedgedUnits = new Decimal(n).times(size);
  const futUnits = hedgedUnits.times(-sign); // signed futures position, units
  const lockedPrice = new Decimal(F).plus(new Decimal(basis));
  const lines = [
    ...contractFeeLines(input.fees, n, ccy, 'contracts'),
    ...marginLines(input.margin, n, new Decimal(F).times(size), ccy),
  ];
  const ledger = buildLedger(ccy, lines, protectedValue(hedgedUnits, t.price, ccy));
  const cost = costAsNumber(lines);
  const fu = futUnits.toNumber();
  // Value at horizon spot s: position Q·s plus futures P&L with F2 = s − b2.
  const hedged = (s: number) => t.quantity * s + fu * (s - basis - F) - cost;
  const slope = new Decimal(t.quantity).plus(futUnits); // the remainder still exposed to the price
  // Exact value at s = 0 net of costs: the locked part, −futUnits·(F1 + b2), less the total cost.
  const atZero = futUnits.negated().times(lockedPrice).minus(ledger.totalCost.amount);
  const lockedValue = planMoney(hedgedUnits.times(sign).times(lockedPrice), ccy);
  const todayValue = new Decimal(t.quantity).times(new Decimal(t.price));
  const flat = slope.isZero();
  const remainder = flat
    ? 'Whole contracts cover the position exactly.'
    : slope.isNegative() === t.quantity < 0
      ? `${labelNumber(slope.abs().toNumber(), 4)} units stay exposed to the price (whole-contract remainder).`
      : `Whole contracts cover ${labelNumber(slope.abs().toNumber(), 4)} units more than the position: that part moves the other way, like a bet on the price.`;
  const asked = labelNumber(sizing.targetUnits, 4);
  return {
    kind: 'futures',
    label: n === 0
      ? `No whole contract: ${asked} units is less than one contract of ${size} with this rounding, so nothing is hedged`
      : `${side === 'sell' ? 'Short' : 'Long'} ${n} futures on ${t.symbol}`,
    axis: levelAxis('price', `${t.symbol} price at the horizon`, `${ccy} per unit`, t.price),
    legs: [{ instrument: input.instrument ?? `Futures on ${t.symbol}`, side, contracts: n, contractSize: size, unitPrice: F }],
    targetQuantity: sizing.targetUnits,
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: sizing.remainderUnits,
    ledger,
    floor: flat || slope.isPositive() ? planMoney(atZero, ccy) : null,
    cap: flat || slope.isNegative() ? planMoney(atZero, ccy) : null,
    breakeven: flat ? null : finiteOr0(todayValue.minus(atZero).dividedBy(slope).toNumber()),
    residualRisk: {
      description: `Basis risk: the locked price is F1 + b2 and b2 (spot − futures at close-out) is only estimated. ${remainder}`,
      volAnnual: finiteOr0(slope.abs().dividedBy(new Decimal(t.quantity).abs()).toNumber() * t.volAnnual),
    },
    payoff: { unhedged: (s) => t.quantity * s, hedged },
    extras: {
      contracts: n, exactContracts: sizing.exactContracts, lockedPrice: lockedPrice.toNumber(), basis, hedgeRatio: h, tailed,
      lockedValue: money(lockedValue.amount, ccy),
    },
  };
}
