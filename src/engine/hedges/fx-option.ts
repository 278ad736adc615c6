/**
 * FX option hedge priced by Garman–Kohlhagen (Hull, "Options, Futures, and Other Derivatives",
 * 11th ed., §17.4, eqs. 17.11–17.12: Black–Scholes–Merton with q = rf), through the pricing
 * engine's `priceOption`. A payable (target quantity < 0) buys a call on the foreign currency (a
 * cap on the cost); a receivable buys a put (a floor). Target: quantity = foreign amount, price =
 * spot (domestic per foreign), currency = domestic, symbol = foreign code, volAnnual = FX vol.
 * The premium is paid today and not compounded to the horizon.
 */
import { Decimal, fromModel, multiply } from '../money';
import { fail, failAll, guard, prefixErrors } from '../result';
import type { Result } from '../result';
import { priceOption, priceOptionValue } from '../pricing/price-option';
import { checkCurrency, checkNumber, collectErrors, isRecord } from '../validate';
import { isTradable, sizeWholeContracts } from '../instruments/contracts';
import type { ContractFees, SizingInput, TargetPosition } from './inputs';
import { asRecord, checkFees, checkMarket, checkSizing, checkTarget } from './input-check';
import { contractFeeLines, costAsNumber, finiteOr0, protectedValue } from './linear-legs';
import { levelAxis } from './axis';
import { finishPlan } from './plan-check';
import { buildLedger, planMoney } from './plan';
import type { LedgerLine, PlanOf } from './plan';
import { labelNumber, labelTenor } from './label';
import { Messages } from '../messages';

export interface FxOptionInput {
  readonly target: TargetPosition;
  /** r: domestic rate; rForeign: foreign rate; tenorYears: expiry. */
  readonly market: { readonly r: number; readonly rForeign: number; readonly tenorYears: number };
  /** contractSize: foreign units per contract, absent = one OTC trade; hedgeRatio default 1; rounding default 'nearest'. */
  readonly sizing?: SizingInput;
  /** Per contract when contractSize is given, else per trade. */
  readonly fees?: ContractFees;
  /** Strike, domestic per foreign. */
  readonly strike: number;
}

function validate(raw: Record<string, unknown>) {
  const errors = collectErrors(
    checkTarget(raw.target, { quantity: 'nonzero', vol: { min: 0, max: 10 } }),
    isRecord(raw.target) ? checkCurrency('target.symbol', raw.target.symbol) : null,
    checkNumber('strike', raw.strike, { gt: 0 }),
    checkMarket(raw, { r: { min: -1, max: 1 }, rForeign: { min: -1, max: 1 }, tenorYears: { gt: 0, max: 50 } }),
    checkSizing(raw, { contractSize: 'optional' }),
    checkFees(raw),
  );
  return errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
}

/** Buys the protective FX option for a payable (call) or receivable (put); field errors for bad input. */
export function planFxOption(input: FxOptionInput): Result<PlanOf<'fx-option'>> {
  const errors = validate(asRecord(input));
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => buildPlan(input));
}

function buildPlan(input: FxOptionInput): Result<PlanOf<'fx-option'>> {
  const t = input.target;
  const { r, rForeign, tenorYears } = input.market;
  const dom = t.currency;
  const q = t.quantity;
  const type = q < 0 ? 'call' : 'put';
  const option = { type, spot: t.price, strike: input.strike, r, q: rForeign, t: tenorYears, vol: t.volAnnual } as const;
  const priced = priceOption(option);
  if (!priced.ok) return failAll(prefixErrors('market', priced.errors));
  const premium = priced.value.price;
  if (!Number.isFinite(premium)) return fail('strike', Messages.optionNotPriced);
  const size = input.sizing?.contractSize;
  const asked = new Decimal(q).abs().times(new Decimal(input.sizing?.hedgeRatio ?? 1));
  const sizing = sizeWholeContracts(asked, size ?? 1, input.sizing?.rounding ?? 'nearest');
  if (!isTradable(sizing)) return fail('sizing.contractSize', Messages.tooMany);
  const units = size === undefined ? asked.toNumber() : sizing.hedgedUnits;
  const contracts = size === undefined ? (units > 0 ? 1 : 0) : sizing.contracts;
  const premiumLine: LedgerLine = { kind: 'premium', nature: 'cost', label: `${type === 'call' ? 'Call' : 'Put'} premium: ${labelNumber(units, 4)} ${t.symbol} × ${premium.toFixed(6)}`, amount: multiply(fromModel(premium, dom), units) };
  const lines = [...(units > 0 ? [premiumLine] : []), ...contractFeeLines(input.fees, contracts, dom, size === undefined ? 'trade' : 'contracts')];
  const ledger = buildLedger(dom, lines, protectedValue(units, t.price, dom));
  const cost = costAsNumber(lines);
  const k = input.strike;
  const optionValue = (s: number) => units * (type === 'call' ? Math.max(s - k, 0) : Math.max(k - s, 0));
  const hedged = (s: number) => q * s + optionValue(s) - cost;
  const hedgedAt = (s: number, years: number) => {
    const left = Math.max(0, tenorYears - (Number.isFinite(years) ? years : 0));
    const v = left > 0 && s > 0 ? priceOptionValue({ ...option, spot: s, t: left }) : null;
    const value = v !== null && v.ok && Number.isFinite(v.value) ? units * v.value : optionValue(s);
    return q * s + value - cost;
  };
  const amount = Math.abs(q);
  const remainder = amount - units;
  // Worst value over every spot at the horizon: a payable is bounded only when the calls cover it
  // all (then at the strike: q·K − cost); a receivable at S = 0 or at K: min(units, |q|)·K − cost.
  const kd = new Decimal(k);
  const worst = type === 'call'
    ? (units >= amount && units > 0 ? new Decimal(q).times(kd).minus(ledger.totalCost.amount) : null)
    : Decimal.min(new Decimal(units), new Decimal(q)).times(kd).minus(ledger.totalCost.amount);
  const floor = worst === null ? null : planMoney(worst, dom);
  const perUnit = units > 0 ? cost / units : 0;
  const breakeven = units > 0 ? finiteOr0(type === 'call' ? k + perUnit : k - perUnit) : null;
  const pair = `${dom} per ${t.symbol}`;
  return finishPlan({
    kind: 'fx-option',
    label: units > 0
      ? `Buy a ${labelNumber(k, 6)} ${type} on ${labelNumber(units, 4)} ${t.symbol} (${pair}), ${labelTenor(tenorYears)}`
      : `No whole contract: ${labelNumber(asked.toNumber(), 4)} ${t.symbol} is less than one contract with this rounding, so nothing is hedged`,
    axis: levelAxis('fx-rate', `Spot rate at the horizon (${pair})`, pair, t.price, [k]),
    legs: [{ instrument: `${t.symbol} ${type}, strike ${labelNumber(k, 6)} ${pair}, ${labelTenor(tenorYears)}`, side: 'buy', contracts, contractSize: size ?? units, unitPrice: premium, strike: k, expiryYears: tenorYears, optionType: type }],
    targetQuantity: asked.toNumber(),
    hedgedQuantity: units,
    unhedgedQuantity: size === undefined ? 0 : sizing.remainderUnits,
    ledger,
    floor,
    cap: null,
    breakeven,
    residualRisk: { description: `${type === 'call' ? 'The cost is capped at the strike plus the premium' : 'The value is floored at the strike less the premium'}; favourable moves are kept.${remainder !== 0 ? ` ${labelNumber(Math.abs(remainder), 4)} ${t.symbol} are ${remainder > 0 ? 'not covered' : 'covered twice'} by whole contracts.` : ''}` },
    payoff: { unhedged: (s) => q * s, hedged, hedgedAt },
    valuation: { quantity: q, spot: t.price, r, q: rForeign, volAnnual: t.volAnnual, exercise: 'european' },
    extras: { contracts, optionType: type, premiumPerUnit: premium, breakevenRate: breakeven, worstCaseValue: floor, delta: finiteOr0(priced.value.delta) },
  }, 'input');
}
