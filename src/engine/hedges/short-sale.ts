/**
 * Short sale as a hedge: borrow and sell the asset itself (a "short against the box": the value is
 * locked) or a comparable asset (basis risk remains). Costs: the borrow fee on the collateral value
 * for the borrow period, the dividends owed to the lender (Hull, "Options, Futures, and Other
 * Derivatives", 10th ed., §5.2), commission; held, not spent: the extra initial margin (Regulation T:
 * 50 % of the short value on top of the proceeds) and the variation margin a stress rise would call.
 */
import { Decimal, money } from '../money';
import type { Money } from '../money';
import { fail, failAll, guard } from '../result';
import type { Result } from '../result';
import { decimalFromText, MAX_MAGNITUDE } from '../validate';
import { sizeWholeContracts } from '../instruments/contracts';
import type { ContractSizing } from '../instruments/contracts';
import { profileBreakeven, profileCap, profileFloor, profileValueFloat } from './expiry-profile';
import type { MarginInput, SizingInput, TargetPosition } from './inputs';
import { asRecord, isBlank } from './input-check';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { LedgerLine, PlanOf, ResidualRisk } from './plan';
import { checkShortSale } from './short-sale-check';
import { percentText } from './linear-legs';
import { levelAxis } from './axis';
import { labelNumber } from './label';
import { Messages } from '../messages';

export interface ComparableAsset {
  readonly symbol: string;
  readonly price: number;
  /** Continuous dividend yield, annual, decimal. */
  readonly dividendYield: number;
  /** Correlation of its returns with the target's, when known: effectiveness = ρ². */
  readonly correlation?: number;
}

export interface ShortSaleInput {
  readonly target: TargetPosition;
  /** tenorYears is the borrow period unless `borrowDays` is given; r is optional and not used (no rebate modelled). */
  readonly market: { readonly tenorYears: number; readonly r?: number };
  /**
   * contractSize = units per lot (default 1 share); hedgeRatio = value shorted / value held,
   * default 1 (for a comparable: its minimum-variance ratio or beta); rounding default 'nearest'.
   */
  readonly sizing?: SizingInput;
  /** initialFraction: extra initial margin as a fraction of the short value, default 0.5 (Reg T); stressMove default 0.2. */
  readonly margin?: MarginInput;
  /** Absent: short the target itself. */
  readonly comparable?: ComparableAsset;
  /** Annual borrow fee on the collateral value, decimal text ("0.06" = 6 %). */
  readonly borrowFeeAnnual: string;
  /** Borrow period in calendar days on a `dayCountBasis` year (default 365); absent = rates.tenorYears. */
  readonly borrowDays?: number;
  readonly dayCountBasis?: 360 | 365;
  /** Collateral per unit = price × markup (US lending convention "1.02"), default "1". */
  readonly collateralMarkup?: string;
  /** Round the collateral per unit up to a whole currency unit (US convention). */
  readonly roundCollateralUp?: boolean;
  /** Cash dividends per shorted unit expected in the period (decimal text); absent = yield × value × period. */
  readonly dividendsPerUnit?: string;
  /** Total commission for the short (open and close), decimal text, default "0". */
  readonly commission?: string;
}

const text = (value: string | undefined, fallback: string): Decimal => new Decimal(isBlank(value) ? fallback : decimalFromText(value as string));

function costLines(input: ShortSaleInput, units: Decimal, price: Decimal, ccy: string): LedgerLine[] {
  const period = input.borrowDays === undefined ? new Decimal(input.market.tenorYears) : new Decimal(input.borrowDays).dividedBy(input.dayCountBasis ?? 365);
  let collateral = price.times(text(input.collateralMarkup, '1'));
  if (input.roundCollateralUp === true) collateral = collateral.ceil();
  const rate = decimalFromText(input.borrowFeeAnnual);
  const borrow = units.times(collateral).times(rate).times(period);
  const yieldQ = Decimal.max(0, input.comparable?.dividendYield ?? input.target.dividendYield);
  const dividends = isBlank(input.dividendsPerUnit)
    ? units.times(price).times(yieldQ).times(period)
    : units.times(decimalFromText(input.dividendsPerUnit as string));
  const value = units.times(price);
  const initial = new Decimal(input.margin?.initialFraction ?? 0.5);
  const stress = new Decimal(input.margin?.stressMove ?? 0.2);
  const line = (kind: LedgerLine['kind'], nature: LedgerLine['nature'], label: string, amount: Decimal): LedgerLine => ({ kind, nature, label, amount: money(amount, ccy) });
  return [
    line('borrow-fee', 'cost', `Borrow fee: ${units.toFixed()} units × ${collateral.toSignificantDigits(12).toFixed()} collateral × ${percentText(rate)} a year × ${period.toSignificantDigits(6).toFixed()} y`, borrow),
    line('dividends-owed', 'cost', `Dividends owed to the lender on ${units} units`, dividends),
    line('commission', 'cost', 'Commission', text(input.commission, '0')),
    line('initial-margin', 'held', `Initial margin: ${percentText(initial)} of the short value ${value.toSignificantDigits(12).toFixed()}`, value.times(initial)),
    line('variation-margin', 'held', `Variation margin if the shorted price rises ${percentText(stress)}`, value.times(stress)),
  ];
}

/**
 * Plans a short sale against a long `target` (quantity > 0). Units shorted N = round(hedgeRatio ×
 * quantity × S0 / P) lots (P = the comparable's price, or S0). Value at the horizon, assuming the
 * comparable moves by the same percentage as the target: V(s) = quantity·s − N·P·(s/S0 − 1) − cost
 * (Hull 10th ed. §5.2: the short seller gains the price fall and pays the dividends). Floor and cap
 * are both quantity·S0 − cost when fully hedged (the value is locked). Borrow fee = N × collateral per
 * unit × annual rate × period; dividends = N × dividend per unit, or N·P·q·period. Never throws.
 */
export function planShortSale(input: ShortSaleInput): Result<PlanOf<'short-sale'>> {
  const raw = asRecord(input);
  const errors = checkShortSale(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('target', () => {
    const sizing = sizeShort(input);
    const field = input.comparable === undefined ? 'sizing.contractSize' : 'comparable.price';
    return sizing.contracts <= MAX_MAGNITUDE && sizing.hedgedUnits <= MAX_MAGNITUDE ? finishPlan(buildShortSale(input, sizing), 'input') : fail(field, Messages.tooMany);
  });
}

/** Units of the shorted asset: hedgeRatio × quantity × S0 / P, rounded to whole lots. */
function sizeShort(input: ShortSaleInput): ContractSizing {
  const { target } = input;
  const price = input.comparable?.price ?? target.price;
  const wanted = new Decimal(input.sizing?.hedgeRatio ?? 1).times(target.quantity).times(target.price).dividedBy(price);
  return sizeWholeContracts(wanted, input.sizing?.contractSize ?? 1, input.sizing?.rounding ?? 'nearest');
}

function buildShortSale(input: ShortSaleInput, sizing: ContractSizing): PlanOf<'short-sale'> {
  const { target, comparable } = input;
  const ccy = target.currency;
  const [q, s0] = [new Decimal(target.quantity), new Decimal(target.price)];
  const price = new Decimal(comparable?.price ?? target.price);
  const lines = costLines(input, new Decimal(sizing.hedgedUnits), price, ccy);
  const shortValue = price.times(sizing.hedgedUnits);
  const ledger = buildLedger(ccy, lines, money(shortValue, ccy));
  const profile = { constant: shortValue.minus(ledger.totalCost.amount), slope: q.minus(shortValue.dividedBy(s0)), options: [] };
  const [floor, cap, breakeven] = [profileFloor(profile), profileCap(profile), profileBreakeven(profile, q.times(s0))];
  const asMoney = (d: Decimal | null): Money | null => (d === null ? null : planMoney(d, ccy));
  const what = comparable === undefined ? target.symbol : comparable.symbol;
  return {
    kind: 'short-sale',
    label: `Short sale: sell short ${labelNumber(sizing.hedgedUnits, 4)} ${what}${comparable === undefined ? '' : ` (comparable to ${target.symbol})`}`,
    axis: levelAxis('price', `${target.symbol} price at the horizon`, `${ccy} per unit`, target.price),
    legs: [{ instrument: `Short sale of ${what}`, side: 'sell', contracts: sizing.contracts, contractSize: input.sizing?.contractSize ?? 1, unitPrice: price.toNumber() }],
    targetQuantity: sizing.targetUnits,
    hedgedQuantity: sizing.hedgedUnits,
    unhedgedQuantity: sizing.remainderUnits,
    ledger,
    floor: asMoney(floor),
    cap: asMoney(cap),
    breakeven: breakeven === null ? null : breakeven.toNumber(),
    residualRisk: residual(input),
    payoff: {
      unhedged: (s) => target.quantity * (Number.isFinite(s) && s > 0 ? s : 0),
      hedged: profileValueFloat(profile),
    },
    extras: {
      unitsShorted: sizing.hedgedUnits,
      lots: sizing.contracts,
      shortValue: shortValue.toNumber(),
      borrowFee: (lines[0] as LedgerLine).amount.amount.toNumber(),
      dividendsOwed: (lines[1] as LedgerLine).amount.amount.toNumber(),
      remainderUnits: sizing.remainderUnits,
      effectiveness: comparable?.correlation === undefined ? null : comparable.correlation ** 2,
    },
  };
}

function residual(input: ShortSaleInput): ResidualRisk {
  const risks = 'The lender can recall the shares, the borrow fee can change daily, and a rise calls margin cash (held, not lost).';
  const c = input.comparable;
  if (c === undefined) return { description: `Shorting ${input.target.symbol} itself locks today's value, less the costs. ${risks}` };
  const basis = `Basis risk: ${c.symbol} may not move with ${input.target.symbol}; the chart assumes the same percentage move.`;
  return c.correlation === undefined ? { description: `${basis} ${risks}` } : { description: `${basis} ${risks}`, effectiveness: c.correlation ** 2 };
}
