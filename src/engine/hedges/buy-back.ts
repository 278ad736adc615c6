/**
 * Buy-back: close (part of) a short holding by buying the shares back now (Hull, "Options, Futures,
 * and Other Derivatives", 10th ed., §5.2 short selling: the short is closed by buying the shares and
 * returning them to the lender). The cash it takes is shares × price paid + commission; afterwards
 * the closed part no longer moves with the price, so the value is locked at minus that cash.
 */
import { Decimal, money, multiply } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors, decimalFromText } from '../validate';
import { isTradable, sizeWholeContracts } from '../instruments/contracts';
import { Messages, ShortMessages } from '../messages';
import type { SizingInput, TargetPosition } from './inputs';
import { asRecord, checkOptionalText, checkSizing, checkTarget, isBlank } from './input-check';
import { levelAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { LedgerLine, PlanOf } from './plan';
import { protectedValue } from './linear-legs';
import { labelNumber } from './label';

export interface BuyBackInput {
  /** The short holding: quantity < 0. */
  readonly target: TargetPosition;
  /** Price paid per share (the ask), default the target's price today. */
  readonly buyBackPrice?: number;
  /** contractSize = round lot, default 1; hedgeRatio = share of the short to close, default 1. */
  readonly sizing?: SizingInput;
  /** Total commission for the buy-back, decimal text, default "0". */
  readonly commission?: string;
}

function validate(raw: Record<string, unknown>) {
  const errors = collectErrors(
    checkTarget(raw.target, { quantity: 'nonzero' }),
    checkNumber('buyBackPrice', raw.buyBackPrice, { gt: 0, optional: true }),
    checkSizing(raw, { contractSize: 'optional' }),
    checkOptionalText('commission', raw.commission),
  );
  const q = (raw.target as { quantity?: unknown } | undefined)?.quantity;
  if (errors.length === 0 && typeof q === 'number' && q > 0) errors.push({ field: 'target.quantity', message: ShortMessages.shortOnly });
  return errors;
}

/**
 * Plans buying back n = round(|quantity| × hedgeRatio / lot) lots of a short `target`. Ledger (cost):
 * shares × price paid, commission; total = the buy-back cost. Value at the horizon
 * V(s) = (quantity + n·lot)·s − total; fully closed, floor = cap = −total. Never throws.
 */
export function planBuyBack(input: BuyBackInput): Result<PlanOf<'buy-back'>> {
  const raw = asRecord(input);
  const errors = validate(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => {
    const t = input.target;
    const lot = input.sizing?.contractSize ?? 1;
    const h = input.sizing?.hedgeRatio ?? 1;
    const sizing = sizeWholeContracts(new Decimal(t.quantity).abs().times(new Decimal(h)), lot, input.sizing?.rounding ?? 'nearest');
    if (!isTradable(sizing)) return fail('sizing.contractSize', Messages.tooMany);
    const ccy = t.currency;
    const price = new Decimal(input.buyBackPrice ?? t.price);
    const units = new Decimal(sizing.hedgedUnits);
    const commission = isBlank(input.commission) ? new Decimal(0) : decimalFromText(input.commission as string);
    const lines: LedgerLine[] = [
      { kind: 'other', nature: 'cost', label: `Shares bought back: ${labelNumber(sizing.hedgedUnits)} × ${price.toFixed()}`, amount: multiply(money(price, ccy), units) },
      ...(commission.isZero() ? [] : [{ kind: 'commission' as const, nature: 'cost' as const, label: `Commission: ${commission.toFixed()}`, amount: money(commission, ccy) }]),
    ];
    const ledger = buildLedger(ccy, lines, protectedValue(units, t.price, ccy));
    const slope = new Decimal(t.quantity).plus(units);
    const total = ledger.totalCost.amount;
    const cost = total.toNumber();
    const m = slope.toNumber();
    const locked = planMoney(total.negated(), ccy);
    const remainder = slope.isZero() ? 'The short is closed: nothing is left to move with the price.' : `${labelNumber(Math.abs(m), 4)} shares stay short and still lose on a rise.`;
    return finishPlan({
      kind: 'buy-back',
      label: `Buy back ${labelNumber(sizing.hedgedUnits)} shares of ${t.symbol} at ${price.toFixed()} and close the short`,
      axis: levelAxis('price', `${t.symbol} price at the horizon`, `${ccy} per unit`, t.price),
      legs: [{ instrument: `${t.symbol} shares`, side: 'buy', contracts: sizing.contracts, contractSize: lot, unitPrice: price.toNumber() }],
      targetQuantity: sizing.targetUnits,
      hedgedQuantity: sizing.hedgedUnits,
      unhedgedQuantity: sizing.remainderUnits,
      ledger,
      floor: slope.lessThan(0) ? null : locked,
      cap: slope.greaterThan(0) ? null : locked,
      breakeven: null,
      residualRisk: { description: `Closing gives up any gain from a fall as well. ${remainder}`, volAnnual: Math.abs(m / t.quantity) * t.volAnnual },
      payoff: { unhedged: (s) => t.quantity * (Number.isFinite(s) && s > 0 ? s : 0), hedged: (s) => m * (Number.isFinite(s) && s > 0 ? s : 0) - cost },
      extras: { unitsBoughtBack: sizing.hedgedUnits, buyBackPrice: price.toNumber(), buyBackCost: money(total, ccy), hedgeRatio: h },
    }, 'input');
  });
}
