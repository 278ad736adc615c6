/**
 * Collar: hold the position, buy a put at K_put, write a call at K_call >= K_put (Hull, "Options,
 * Futures, and Other Derivatives", 10th ed., ch. 12; the "range forward" of ch. 17 is the same
 * payoff on a currency). The call's premium pays for part or all of the put: the zero-cost collar
 * solves for the call strike whose premium equals the put's.
 */
import { failAll, fail, guard, ok } from '../result';
import type { FieldError, Result } from '../result';
import { checkNumber, collectErrors, MAX_MAGNITUDE } from '../validate';
import type { PlanOf } from './plan';
import { finishPlan } from './plan-check';
import { checkOptionCommon, checkQuote, legPrice, priceLeg, toOptionContext } from './option-legs';
import { asRecord, checkFlag } from './input-check';
import { Messages } from '../messages';
import type { OptionContext, OptionHedgeCommon, PricedLeg } from './option-legs';
import { assembleOptionPlan } from './option-plan';
import { labelNumber } from './label';
import type { QuoteInput } from './option-quote';

export interface CollarInput extends OptionHedgeCommon {
  readonly putStrike: number;
  /** Call strike (>= putStrike); ignored when `solveZeroCost` is true. */
  readonly callStrike?: number;
  /** Find the call strike whose model premium equals the put's premium (net premium zero). */
  readonly solveZeroCost?: boolean;
  /** Broker quotes per unit (decimal text, or bid / ask / last: the put costs the ask); blank or absent = the engine's price. */
  readonly putPremiumQuote?: QuoteInput;
  /** The written call earns the bid. Ignored when solving: the solved call is priced by the engine. */
  readonly callPremiumQuote?: QuoteInput;
}

/** Net premium per unit below which the solver stops (currency per unit). */
export const ZERO_COST_TOLERANCE = 1e-10;

function checkCollar(raw: Record<string, unknown>): FieldError[] {
  const solving = raw.solveZeroCost === true;
  const putStrike = typeof raw.putStrike === 'number' && Number.isFinite(raw.putStrike) ? raw.putStrike : 0;
  return collectErrors(
    checkOptionCommon(raw),
    checkNumber('putStrike', raw.putStrike, { gt: 0 }),
    checkFlag('solveZeroCost', raw.solveZeroCost),
    solving ? null : checkNumber('callStrike', raw.callStrike, { gt: 0, min: putStrike }),
    checkQuote('putPremiumQuote', raw.putPremiumQuote),
    solving ? null : checkQuote('callPremiumQuote', raw.callPremiumQuote, 'sell'),
  );
}

/**
 * Call strike (currency per unit) at which the engine's call price equals `target` (the put's
 * premium per unit): Illinois false position on a bracket [K_put, hi], hi doubled until
 * the call is worth less than the put (Dowell & Jarratt 1971; the call price falls as K rises, so the
 * root is unique). Fails with a plain message when even the lowest call strike cannot pay for the put.
 */
export function solveZeroCostCallStrike(ctx: OptionContext, putStrike: number, target: number): Result<number> {
  const field = 'solveZeroCost';
  if (!(target > 0)) return fail(field, Messages.zeroCostFreePut);
  const g = (k: number): number | null => {
    const price = legPrice(ctx, 'call', k, ctx.spot, ctx.t);
    return price === null ? null : price - target;
  };
  // The bracket starts at the put strike, not at spot: with a yield above the rate the forward is
  // below spot and the zero-cost call strike can be too (a 90 put, q = 8 %, r = 0: about 95.07).
  let lo = putStrike;
  let glo = g(lo);
  if (glo === null) return fail(field, Messages.zeroCostNoCall);
  if (glo < 0) return fail(field, Messages.zeroCostTooCheap(labelNumber(lo, 4)));
  let hi = lo * 2;
  let ghi = g(hi);
  while (ghi !== null && ghi >= 0 && hi < MAX_MAGNITUDE) [lo, glo, hi, ghi] = [hi, ghi, hi * 2, g(hi * 2)];
  if (ghi === null || ghi >= 0) return fail(field, Messages.zeroCostNoRoot);
  return ok(illinois(g, lo, glo, hi, ghi));
}

/** Illinois false position on a sign-changing bracket (glo >= 0 > ghi); stops at |g| <= tolerance. */
export function illinois(g: (k: number) => number | null, lo: number, glo: number, hi: number, ghi: number): number {
  if (Math.abs(glo) <= ZERO_COST_TOLERANCE) return lo;
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    // Clamped: rounding in the interpolation must not step outside the bracket (below the put strike).
    const k = Math.min(Math.max((lo * ghi - hi * glo) / (ghi - glo), lo), hi);
    const gk = g(k) ?? 0;
    if (Math.abs(gk) <= ZERO_COST_TOLERANCE) return k;
    if (gk > 0) {
      [lo, glo] = [k, gk];
      if (side === 1) ghi /= 2;
      side = 1;
    } else {
      [hi, ghi] = [k, gk];
      if (side === -1) glo /= 2;
      side = -1;
    }
  }
  return Math.abs(glo) < Math.abs(ghi) ? lo : hi;
}

/**
 * Plans a collar on `target` (quantity > 0): n contracts of puts bought at `putStrike` and calls
 * written at `callStrike` (or the solved zero-cost strike). Ledger: put premium paid, call premium
 * received (a negative line), fees on 2n contracts. Floor = value at the put strike or S = 0 net of
 * costs; cap = value at the call strike (null when unhedged units keep the upside open); breakeven =
 * S0 + net cost / quantity when between the strikes. Extras add both strikes, premiums and their sources.
 */
export function planCollar(input: CollarInput): Result<PlanOf<'collar'>> {
  const raw = asRecord(input);
  const errors = checkCollar(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('putStrike', () => {
    const context = toOptionContext(input);
    if (!context.ok) return context;
    const ctx = context.value;
    const put = priceLeg(ctx, 'put', input.putStrike, input.putPremiumQuote, 'putStrike');
    if (!put.ok) return put;
    const solving = input.solveZeroCost === true;
    const strike = solving ? solveZeroCostCallStrike(ctx, input.putStrike, put.value.premium.amount.toNumber()) : ok(input.callStrike as number);
    if (!strike.ok) return strike;
    const call = priceLeg(ctx, 'call', strike.value, solving ? undefined : input.callPremiumQuote, 'callStrike', 'sell');
    if (!call.ok) return call;
    return finishPlan(buildCollar(ctx, put.value, call.value, solving), 'input');
  });
}

function buildCollar(ctx: OptionContext, put: PricedLeg, call: PricedLeg, solved: boolean): PlanOf<'collar'> {
  const n = ctx.sizing.contracts;
  const how = solved ? 'zero-cost call strike solved' : `premiums from ${put.source !== 'model' || call.source !== 'model' ? 'your quotes' : 'the pricing model'}`;
  const { common, ...core } = assembleOptionPlan(ctx, {
    label: `Collar: buy ${n} × ${labelNumber(put.strike)} puts, write ${n} × ${labelNumber(call.strike)} calls on ${ctx.symbol} (${how})`,
    legs: [
      { leg: put, side: 'buy' },
      { leg: call, side: 'sell' },
    ],
    hasFloor: true,
    residual:
      `Above ${labelNumber(call.strike)} the hedged units give up every further gain (the written call); between the strikes the position moves one for one.` +
      (ctx.sizing.hedgedUnits > ctx.quantity ? ' The calls written beyond the units held are uncovered: above the call strike their loss has no limit.' : ''),
  });
  return {
    kind: 'collar',
    ...core,
    extras: {
      ...common,
      putStrike: put.strike,
      callStrike: call.strike,
      putPremiumPerUnit: put.premium.amount.toNumber(),
      callPremiumPerUnit: call.premium.amount.toNumber(),
      putPremiumSource: put.source,
      callPremiumSource: call.source,
      zeroCostSolved: solved,
    },
  };
}
