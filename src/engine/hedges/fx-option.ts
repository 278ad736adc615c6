/**
 * FX option hedge priced by Garman–Kohlhagen (Hull, "Options, Futures, and Other Derivatives",
 * 11th ed., §17.4, eqs. 17.11–17.12: Black–Scholes–Merton with q = rf), through the pricing
 * engine's `priceOption`. A payable (target quantity < 0) buys a call on the foreign currency (a
 * cap on the cost); a receivable buys a put (a floor). Target: quantity = foreign amount, price =
 * spot (domestic per foreign), currency = domestic, symbol = foreign code, volAnnual = FX vol.
 * The premium is paid today and not compounded to the horizon.
 */
import { fromModel, multiply, roundMoney, subtract } from '../money';
import { fail, failAll, guard, ok, prefixErrors } from '../result';
import type { Result } from '../result';
import { priceOption, priceOptionValue } from '../pricing/price-option';
import { checkCurrency, checkNumber, collectErrors, isRecord } from '../validate';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding } from './contracts';
import type { ContractFees, TargetPosition } from './inputs';
import { asTarget, checkFees, checkTarget, contractFeeLines, costAsNumber, finiteMetrics, priceRangeAround, protectedValue } from './linear-legs';
import { buildLedger } from './plan';
import type { HedgePlan, LedgerLine } from './plan';
import { labelTenor } from './label';

export interface FxOptionInput {
  readonly target: TargetPosition;
  /** Strike, domestic per foreign. */
  readonly strike: number;
  readonly rDomestic: number;
  readonly rForeign: number;
  readonly tenorYears: number;
  /** Foreign units per contract; absent = one over-the-counter trade for the whole amount. */
  readonly contractSize?: number;
  readonly rounding?: ContractRounding;
  /** Per contract when contractSize is given, else per trade. */
  readonly fees?: ContractFees;
}

function validate(input: unknown): ReturnType<typeof collectErrors> {
  if (!isRecord(input)) return [{ field: 'input', message: 'Enter the FX option details.' }];
  const errors = collectErrors(
    checkTarget('target', input.target),
    isRecord(input.target) ? checkCurrency('target.symbol', input.target.symbol) : null,
    isRecord(input.target) ? checkNumber('target.volAnnual', input.target.volAnnual, { min: 0, max: 10 }) : null,
    checkNumber('strike', input.strike, { gt: 0 }),
    checkNumber('rDomestic', input.rDomestic, { min: -1, max: 1 }),
    checkNumber('rForeign', input.rForeign, { min: -1, max: 1 }),
    checkNumber('tenorYears', input.tenorYears, { gt: 0, max: 50 }),
    checkNumber('contractSize', input.contractSize, { gt: 0, optional: true }),
    checkRounding('rounding', input.rounding),
    checkFees('fees', input.fees),
  );
  return errors.filter((e, i) => errors.findIndex((o) => o.field === e.field) === i);
}

/** Buys the protective FX option for a payable (call) or receivable (put); field errors for bad input. */
export function planFxOption(input: FxOptionInput): Result<HedgePlan> {
  const errors = validate(input);
  if (errors.length > 0) return failAll(errors);
  return guard('input', () => buildPlan(input));
}

function buildPlan(input: FxOptionInput): Result<HedgePlan> {
  const t = asTarget(input.target);
  const dom = t.currency;
  const q = t.quantity;
  const type = q < 0 ? 'call' : 'put';
  const option = { type, spot: t.price, strike: input.strike, r: input.rDomestic, q: input.rForeign, t: input.tenorYears, vol: t.volAnnual } as const;
  const priced = priceOption(option);
  if (!priced.ok) return failAll(prefixErrors('option', priced.errors));
  const premium = priced.value.price;
  if (!Number.isFinite(premium)) return fail('option', 'The option could not be priced for these inputs.');
  const size = input.contractSize;
  const contracts = size === undefined ? 1 : sizeWholeContracts(Math.abs(q), size, input.rounding ?? 'nearest').contracts;
  const units = size === undefined ? Math.abs(q) : contracts * size;
  const premiumLine: LedgerLine = { kind: 'premium', nature: 'cost', label: `${type === 'call' ? 'Call' : 'Put'} premium: ${units} ${t.symbol} × ${premium.toFixed(6)}`, amount: multiply(fromModel(premium, dom), units) };
  const lines = [premiumLine, ...contractFeeLines(input.fees, contracts, dom, size === undefined ? 'trade' : 'contracts')];
  const ledger = buildLedger(dom, lines, protectedValue(units, t.price, dom));
  const cost = costAsNumber(lines);
  const k = input.strike;
  const optionValue = (s: number) => units * (type === 'call' ? Math.max(s - k, 0) : Math.max(k - s, 0));
  const hedged = (s: number) => q * s + optionValue(s) - cost;
  const hedgedAt = (s: number, years: number) => {
    const left = Math.max(0, input.tenorYears - years);
    const r = left > 0 ? priceOptionValue({ ...option, spot: s, t: left }) : null;
    const value = r !== null && r.ok ? units * r.value : optionValue(s);
    return q * s + value - cost;
  };
  const remainder = Math.abs(q) - units;
  // Fully covered: the worst case is at the strike (payable: cost capped; receivable: value floored).
  const bound = subtract(fromModel(q * k, dom), ledger.totalCost);
  const perUnit = units > 0 ? cost / units : 0;
  const breakeven = units > 0 ? (type === 'call' ? k + perUnit : k - perUnit) : null;
  return ok({
    kind: 'fx-option',
    label: `Buy a ${k} ${type} on ${units} ${t.symbol} (${dom} per ${t.symbol}), ${labelTenor(input.tenorYears)}`,
    legs: [{ instrument: `${t.symbol} ${type}, strike ${k} ${dom} per ${t.symbol}, ${labelTenor(input.tenorYears)}`, side: 'buy', contracts, contractSize: size ?? units, unitPrice: premium, strike: k, expiryYears: input.tenorYears, optionType: type }],
    hedgedQuantity: units,
    unhedgedQuantity: remainder,
    targetQuantity: Math.abs(q),
    ledger,
    floor: remainder === 0 ? roundMoney(bound) : null,
    cap: null,
    breakeven,
    residualRisk: { description: `${type === 'call' ? 'The cost is capped at the strike plus the premium' : 'The value is floored at the strike less the premium'}; favourable moves are kept.${remainder !== 0 ? ` ${remainder} ${t.symbol} are not covered by whole contracts.` : ''}` },
    payoff: { priceRange: priceRangeAround(t.price), unhedged: (s: number) => q * s, hedged, hedgedAt },
    metrics: finiteMetrics({ premiumPerUnit: premium, ...(breakeven !== null ? { breakevenRate: breakeven } : {}), worstCaseValue: q * k - cost, contracts, delta: priced.value.delta }),
  });
}
