/**
 * What the option hedges (protective put, collar, put spread) share: the validated market and
 * sizing context, each leg's premium (a typed broker quote, or the pricing engine), and the
 * per-contract fee lines. Validation happens here once, before any pricing.
 */
import { Decimal, fromModel, money, multiply } from '../money';
import type { Money } from '../money';
import { priceOptionValue } from '../pricing/price-option';
import { MAX_RATE, MAX_VOL, MAX_YEARS } from '../pricing/option-input';
import type { ExerciseStyle } from '../pricing/option-input';
import type { OptionType } from '../pricing/types';
import { fail, failAll, ok } from '../result';
import type { FieldError, Result } from '../result';
import { collectErrors, decimalFromText, MAX_MAGNITUDE } from '../validate';
import type { PremiumSource } from './extras';
import { checkOptionQuote, pickQuote } from './option-quote';
import { sizeWholeContracts } from '../instruments/contracts';
import type { ContractSizing } from '../instruments/contracts';
import type { ContractFees, SizingInput, TargetPosition } from './inputs';
import { checkFees, checkMarket, checkSizing, checkTarget } from './input-check';
import type { LedgerLine } from './plan';
import { countText, labelNumber } from './label';
import { Messages, ShortMessages } from '../messages';

/** Fields every option hedge takes. */
export interface OptionHedgeCommon {
  /** The holding to protect: quantity > 0, volAnnual > 0, dividendYield the continuous yield q. */
  readonly target: TargetPosition;
  /** r: annual continuous rate; tenorYears: the options' expiry. */
  readonly market: { readonly r: number; readonly tenorYears: number };
  /** contractSize required (100 for US equity options); hedgeRatio default 1; rounding default 'nearest'. */
  readonly sizing: SizingInput;
  /** Per contract; absent = no fees. */
  readonly fees?: ContractFees;
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

/**
 * Validates the common fields (errors named by path, e.g. 'target.quantity', 'market.r',
 * 'sizing.contractSize'). `holding`: 'long' (quantity > 0, a put hedges it) or 'short' (quantity < 0,
 * a call hedges it).
 */
export function checkOptionCommon(raw: Record<string, unknown>, holding: 'long' | 'short' = 'long'): FieldError[] {
  const exercise = raw.exercise;
  return collectErrors(
    holding === 'long' ? checkTarget(raw.target, { quantity: 'positive', vol: { gt: 0, max: MAX_VOL } }) : checkShortTarget(raw.target),
    checkMarket(raw, { r: { min: -MAX_RATE, max: MAX_RATE }, tenorYears: { gt: 0, max: MAX_YEARS } }),
    checkSizing(raw, { contractSize: 'required' }),
    checkFees(raw),
    exercise === undefined || exercise === 'european' || exercise === 'american' ? null : { field: 'exercise', message: Messages.exercise },
  );
}

/** A short holding's target: every rule of a holding, with quantity < 0. */
function checkShortTarget(value: unknown): FieldError[] {
  const errors = checkTarget(value, { quantity: 'nonzero', vol: { gt: 0, max: MAX_VOL } });
  const q = (value as { quantity?: unknown } | null)?.quantity;
  if (errors.length === 0 && typeof q === 'number' && q > 0) errors.push({ field: 'target.quantity', message: ShortMessages.shortOnly });
  return errors;
}

/**
 * Builds the context from fields already accepted by `checkOptionCommon`. Units asked for =
 * |quantity| × hedgeRatio in Decimal (2,500 × 0.28 = 700 exactly). Fails on 'sizing.contractSize'
 * when the contract count would be beyond MAX_MAGNITUDE (a contract size like 1e-300).
 */
export function toOptionContext(input: OptionHedgeCommon): Result<OptionContext> {
  const { target, market, fees } = input;
  const hedgeRatio = input.sizing.hedgeRatio ?? 1;
  const contractSize = input.sizing.contractSize as number;
  const askedUnits = new Decimal(target.quantity).abs().times(new Decimal(hedgeRatio));
  const sizing = sizeWholeContracts(askedUnits, contractSize, input.sizing.rounding ?? 'nearest');
  if (!(sizing.contracts <= MAX_MAGNITUDE && sizing.hedgedUnits <= MAX_MAGNITUDE)) return fail('sizing.contractSize', Messages.tooMany);
  return ok({
    symbol: target.symbol,
    currency: target.currency,
    quantity: target.quantity,
    spot: target.price,
    vol: target.volAnnual,
    q: target.dividendYield,
    r: market.r,
    t: market.tenorYears,
    exercise: input.exercise ?? 'american',
    contractSize,
    hedgeRatio,
    sizing,
    commission: fees === undefined ? new Decimal(0) : decimalFromText(fees.commissionPerContract),
    exchangeFee: fees === undefined ? new Decimal(0) : decimalFromText(fees.exchangeFeePerContract),
  });
}

/**
 * Checks an optional premium quote for the side it is traded on: decimal text per underlying unit
 * (>= 0), or a bid / ask / last quote (see option-quote.ts). Errors at `field` or `field.bid|ask|last`.
 */
export function checkQuote(field: string, value: unknown, side: 'buy' | 'sell' = 'buy'): FieldError[] {
  return checkOptionQuote(field, value, side);
}

/** One priced option leg: premium per underlying unit and where it came from. */
export interface PricedLeg {
  readonly type: OptionType;
  readonly strike: number;
  readonly premium: Money;
  readonly source: PremiumSource;
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
 * Prices one leg: the typed quote when given (a single price, or the ask for a bought leg and the
 * bid for a written one, else the last price; checked by `checkQuote`), else the engine's price
 * (generalized BSM with yield q; American by the pricing engine's method), made Money by `fromModel`.
 */
export function priceLeg(ctx: OptionContext, type: OptionType, strike: number, quote: unknown, field: string, side: 'buy' | 'sell' = 'buy'): Result<PricedLeg> {
  const valued = legPriceAndDelta(ctx, type, strike);
  if (!valued.ok) return failAll(valued.errors.map((e) => ({ field, message: e.message })));
  const picked = pickQuote(quote, side);
  const premium = picked !== null ? money(decimalFromText(picked.text), ctx.currency) : fromModel(valued.value.price, ctx.currency);
  return ok({ type, strike, premium, source: picked !== null ? picked.source : 'model', valuation: valued.value });
}

/** Premium line of a leg: contracts × contractSize × premium; bought = cash out, written = cash in. */
export function premiumLine(ctx: OptionContext, leg: PricedLeg, side: 'buy' | 'sell'): LedgerLine {
  const n = ctx.sizing.contracts;
  const gross = multiply(multiply(leg.premium, n), ctx.contractSize);
  const name = `${leg.type === 'put' ? 'Put' : 'Call'} ${labelNumber(leg.strike)} premium ${side === 'buy' ? 'paid' : 'received'}`;
  return {
    kind: 'premium',
    nature: 'cost',
    label: `${name}: ${countText(n, 'contracts')} × ${ctx.contractSize} × ${leg.premium.amount.toSignificantDigits(8).toFixed()} (${leg.source})`,
    amount: side === 'buy' ? gross : multiply(gross, -1),
  };
}

/** Commission and exchange-fee lines for `contracts` option contracts traded in total. */
export function feeLines(ctx: OptionContext, contracts: number): LedgerLine[] {
  const line = (kind: 'commission' | 'exchange-fee', what: string, perContract: Decimal): LedgerLine => ({
    kind,
    nature: 'cost',
    label: `${what}: ${countText(contracts, 'contracts')} × ${perContract.toFixed()}`,
    amount: multiply(money(perContract, ctx.currency), contracts),
  });
  return [line('commission', 'Commission', ctx.commission), line('exchange-fee', 'Exchange fee', ctx.exchangeFee)].filter((l) => !l.amount.amount.isZero());
}
