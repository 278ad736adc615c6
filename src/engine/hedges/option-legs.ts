/**
 * What the option hedges (protective put, collar, put spread) share: the validated market and
 * sizing context, each leg's premium (a typed broker quote, or the pricing engine), and the
 * per-contract fee lines. Validation happens here once, before any pricing.
 */
import { fromModel, money, multiply } from '../money';
import type { Decimal, Money } from '../money';
import { priceOptionValue } from '../pricing/price-option';
import { MAX_RATE, MAX_VOL, MAX_YEARS } from '../pricing/option-input';
import type { ExerciseStyle } from '../pricing/option-input';
import type { OptionType } from '../pricing/types';
import { fail, failAll, ok } from '../result';
import type { FieldError, Result } from '../result';
import { checkDecimalText, checkNumber, collectErrors, decimalFromText, isRecord, MAX_MAGNITUDE } from '../validate';
import { checkRounding, sizeWholeContracts } from './contracts';
import type { ContractRounding, ContractSizing } from './contracts';
import type { ContractFees, RatesInput, TargetPosition } from './inputs';
import type { LedgerLine } from './plan';
import { checkTarget } from './target-check';
import { labelNumber } from './label';

/** Fields every option hedge takes. */
export interface OptionHedgeCommon {
  readonly target: TargetPosition;
  readonly rates: RatesInput;
  readonly fees: ContractFees;
  /** Underlying units per option contract (100 for US equity options). */
  readonly contractSize: number;
  /** Fraction of the position to cover, default 1. */
  readonly hedgeRatio?: number;
  /** Whole-contract rounding, default 'nearest'. */
  readonly rounding?: ContractRounding;
  /** Default 'american' (single-stock options are American). */
  readonly exercise?: ExerciseStyle;
}

/** Validated, defaulted market and sizing context of an option hedge. */
export interface OptionContext {
  readonly symbol: string;
  readonly currency: string;
  readonly quantity: number;
  readonly spot: number;
  readonly vol: number;
  readonly q: number;
  readonly r: number;
  readonly t: number;
  readonly exercise: ExerciseStyle;
  readonly contractSize: number;
  readonly hedgeRatio: number;
  readonly sizing: ContractSizing;
  readonly commission: Decimal;
  readonly exchangeFee: Decimal;
}

/** Largest hedge ratio accepted: beyond it the hedge is a speculation, not a hedge. */
export const MAX_HEDGE_RATIO = 5;

const EXERCISE_MESSAGE = "Choose 'european' or 'american'.";
/** Shared with the short sale: a derived count of contracts or units that no market could trade. */
export const TOO_MANY = 'This needs an impossibly large number of contracts or units: check the sizes and prices.';

/** Validates the common fields (errors named by path, e.g. 'target.quantity', 'fees.commissionPerContract'). */
export function checkOptionCommon(raw: Record<string, unknown>): FieldError[] {
  const rates = isRecord(raw.rates) ? raw.rates : {};
  const fees = isRecord(raw.fees) ? raw.fees : {};
  const exercise = raw.exercise;
  return collectErrors(
    checkTarget(raw.target, { vol: { gt: 0, max: MAX_VOL }, yieldMax: MAX_RATE }),
    checkNumber('rates.r', rates.r, { min: -MAX_RATE, max: MAX_RATE }),
    checkNumber('rates.tenorYears', rates.tenorYears, { gt: 0, max: MAX_YEARS }),
    checkDecimalText('fees.commissionPerContract', fees.commissionPerContract),
    checkDecimalText('fees.exchangeFeePerContract', fees.exchangeFeePerContract),
    checkNumber('contractSize', raw.contractSize, { gt: 0 }),
    checkNumber('hedgeRatio', raw.hedgeRatio, { min: 0, max: MAX_HEDGE_RATIO, optional: true }),
    checkRounding('rounding', raw.rounding),
    exercise === undefined || exercise === 'european' || exercise === 'american'
      ? null
      : { field: 'exercise', message: EXERCISE_MESSAGE },
  );
}

/**
 * Builds the context from fields already accepted by `checkOptionCommon`; fails on 'contractSize'
 * when the contract count itself would be beyond MAX_MAGNITUDE (a contract size like 1e-300).
 */
export function toOptionContext(input: OptionHedgeCommon): Result<OptionContext> {
  const { target, rates, fees } = input;
  const hedgeRatio = input.hedgeRatio ?? 1;
  const askedUnits = target.quantity * hedgeRatio;
  const sizing = sizeWholeContracts(askedUnits, input.contractSize, input.rounding ?? 'nearest');
  if (!(sizing.contracts <= MAX_MAGNITUDE)) return fail('contractSize', TOO_MANY);
  return ok({
    symbol: target.symbol,
    currency: target.currency,
    quantity: target.quantity,
    spot: target.price,
    vol: target.volAnnual,
    q: target.dividendYield,
    r: rates.r,
    t: rates.tenorYears,
    exercise: input.exercise ?? 'american',
    contractSize: input.contractSize,
    hedgeRatio,
    sizing,
    commission: decimalFromText(fees.commissionPerContract),
    exchangeFee: decimalFromText(fees.exchangeFeePerContract),
  });
}

/** True when an optional text field holds nothing (absent or blank text): e.g. no quote, use the model price. */
export function isBlankText(value: unknown): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Checks an optional premium quote (decimal text per underlying unit, >= 0). */
export function checkQuote(field: string, value: unknown): FieldError | null {
  return isBlankText(value) ? null : checkDecimalText(field, value, 0);
}

/** One priced option leg: premium per underlying unit and where it came from. */
export interface PricedLeg {
  readonly type: OptionType;
  readonly strike: number;
  readonly premium: Money;
  readonly source: 'model' | 'quote';
  /** The engine's price and delta at today's spot (also when a quote sets the premium: for delta). */
  readonly valuation: { readonly price: number; readonly delta: number };
}

/** The engine's price alone (no Greeks) of one option of the hedge; null when it cannot be priced. */
export function legPrice(ctx: OptionContext, type: OptionType, strike: number, spot: number, t: number): number | null {
  const r = priceOptionValue({ type, exercise: ctx.exercise, model: 'bsm', spot, strike, r: ctx.r, q: ctx.q, t, vol: ctx.vol });
  return r.ok ? r.value : null;
}

/**
 * Price and delta at today's spot. Delta by a central difference of prices (bump 0.1 % of spot):
 * three prices instead of a full set of Greeks, which for an American option costs many more.
 */
function legPriceAndDelta(ctx: OptionContext, type: OptionType, strike: number): Result<{ price: number; delta: number }> {
  const request = { type, exercise: ctx.exercise, model: 'bsm' as const, spot: ctx.spot, strike, r: ctx.r, q: ctx.q, t: ctx.t, vol: ctx.vol };
  const priced = priceOptionValue(request);
  if (!priced.ok) return priced;
  const h = ctx.spot * 1e-3;
  const up = legPrice(ctx, type, strike, ctx.spot + h, ctx.t);
  const down = legPrice(ctx, type, strike, ctx.spot - h, ctx.t);
  const delta = up !== null && down !== null ? (up - down) / (2 * h) : 0;
  return ok({ price: priced.value, delta: Number.isFinite(delta) ? delta : 0 });
}

/**
 * Prices one leg: the typed quote (decimal text per unit) when given, else the engine's price
 * (generalized BSM with yield q; American by the pricing engine's method), made Money by `fromModel`.
 */
export function priceLeg(ctx: OptionContext, type: OptionType, strike: number, quote: unknown, field: string): Result<PricedLeg> {
  const valued = legPriceAndDelta(ctx, type, strike);
  if (!valued.ok) return failAll(valued.errors.map((e) => ({ field, message: e.message })));
  const fromQuote = !isBlankText(quote) && typeof quote === 'string';
  const premium = fromQuote ? money(decimalFromText(quote), ctx.currency) : fromModel(valued.value.price, ctx.currency);
  return ok({ type, strike, premium, source: fromQuote ? 'quote' : 'model', valuation: valued.value });
}

/** Premium line of a leg: contracts × contractSize × premium; bought = cash out, written = cash in. */
export function premiumLine(ctx: OptionContext, leg: PricedLeg, side: 'buy' | 'sell'): LedgerLine {
  const n = ctx.sizing.contracts;
  const gross = multiply(multiply(leg.premium, n), ctx.contractSize);
  const name = `${leg.type === 'put' ? 'Put' : 'Call'} ${labelNumber(leg.strike)} premium ${side === 'buy' ? 'paid' : 'received'}`;
  return {
    kind: 'premium',
    nature: 'cost',
    label: `${name}: ${n} contracts × ${ctx.contractSize} × ${leg.premium.amount.toSignificantDigits(8).toFixed()} (${leg.source})`,
    amount: side === 'buy' ? gross : multiply(gross, -1),
  };
}

/** Commission and exchange-fee lines for `contracts` option contracts traded in total. */
export function feeLines(ctx: OptionContext, contracts: number): LedgerLine[] {
  const line = (kind: 'commission' | 'exchange-fee', what: string, perContract: Decimal): LedgerLine => ({
    kind,
    nature: 'cost',
    label: `${what}: ${contracts} contracts × ${perContract.toFixed()}`,
    amount: multiply(money(perContract, ctx.currency), contracts),
  });
  return [line('commission', 'Commission', ctx.commission), line('exchange-fee', 'Exchange fee', ctx.exchangeFee)];
}

/** The untrusted input as a record to check field by field; a non-object reads as empty, so every field reports. */
export function isRecordInput(input: unknown): Record<string, unknown> {
  return isRecord(input) ? input : {};
}
