/**
 * Short collar: keep the short, buy a call at K_call (the cap on the buy-back price) and write a put
 * at K_put <= K_call, whose premium pays for part or all of the call (Hull, "Options, Futures, and
 * Other Derivatives", 10th ed., ch. 12: the collar mirrored for a short; the written put gives up
 * the short's gain below K_put). The zero-cost version solves for the put strike whose premium
 * equals the call's.
 */
import { fail, failAll, guard, ok } from '../result';
import type { FieldError, Result } from '../result';
import { checkNumber, collectErrors } from '../validate';
import type { PlanOf } from './plan';
import { finishPlan } from './plan-check';
import { checkOptionCommon, checkQuote, legPrice, priceLeg, toOptionContext } from './option-legs';
import type { OptionContext, OptionHedgeCommon, PricedLeg } from './option-legs';
import { asRecord, checkFlag } from './input-check';
import { assembleOptionPlan } from './option-plan';
import type { QuoteInput } from './option-quote';
import { illinois, ZERO_COST_TOLERANCE } from './collar';
import { labelNumber } from './label';
import { Messages, ShortMessages } from '../messages';

export interface ShortCollarInput extends OptionHedgeCommon {
  readonly callStrike: number;
  /** Put strike (<= callStrike); ignored when `solveZeroCost` is true. */
  readonly putStrike?: number;
  /** Find the put strike whose model premium equals the call's premium (net premium zero). */
  readonly solveZeroCost?: boolean;
  /** The bought call costs the ask (or the single / last price). */
  readonly callPremiumQuote?: QuoteInput;
  /** The written put earns the bid. Ignored when solving: the solved put is priced by the engine. */
  readonly putPremiumQuote?: QuoteInput;
}

function checkShortCollar(raw: Record<string, unknown>): FieldError[] {
  const solving = raw.solveZeroCost === true;
  const e = collectErrors(
    checkOptionCommon(raw, 'short'),
    checkNumber('callStrike', raw.callStrike, { gt: 0 }),
    checkFlag('solveZeroCost', raw.solveZeroCost),
    solving ? null : checkNumber('putStrike', raw.putStrike, { gt: 0 }),
    checkQuote('callPremiumQuote', raw.callPremiumQuote, 'buy'),
    solving ? null : checkQuote('putPremiumQuote', raw.putPremiumQuote, 'sell'),
  );
  if (e.length === 0 && !solving && (raw.putStrike as number) > (raw.callStrike as number)) e.push({ field: 'putStrike', message: ShortMessages.putStrikeBelowCall });
  return e;
}

/**
 * Put strike (currency per unit) at which the engine's put price equals `target` (the call's
 * premium per unit): Illinois false position on [lo, K_call], lo halved until the put is worth less
 * than the call (the put price rises with its strike, so the root is unique; Dowell & Jarratt 1971).
 */
export function solveZeroCostPutStrike(ctx: OptionContext, callStrike: number, target: number): Result<number> {
  const field = 'solveZeroCost';
  if (!(target > 0)) return fail(field, Messages.zeroCostFreePut);
  const g = (k: number): number | null => {
    const price = legPrice(ctx, 'put', k, ctx.spot, ctx.t);
    return price === null ? null : target - price;
  };
  let hi = callStrike;
  let ghi = g(hi);
  if (ghi === null) return fail(field, Messages.zeroCostNoRoot);
  // At the call strike the put may match the call to rounding (a call struck at the forward).
  if (Math.abs(ghi) <= Math.max(ZERO_COST_TOLERANCE, 1e-9 * target)) return ok(hi);
  if (ghi > 0) return fail(field, ShortMessages.zeroCostNoPut);
  let lo = hi / 2;
  let glo = g(lo);
  for (let i = 0; i < 60 && glo !== null && glo <= 0; i++) [hi, ghi, lo, glo] = [lo, glo, lo / 2, g(lo / 2)];
  if (glo === null || glo <= 0) return fail(field, Messages.zeroCostNoRoot);
  return ok(illinois(g, lo, glo, hi, ghi));
}

/**
 * Plans a short collar on a short `target` (quantity < 0): n calls bought at `callStrike`, n puts
 * written at `putStrike` (or the solved zero-cost strike). Ledger: call premium paid, put premium
 * received (negative line), fees on 2n contracts. Floor (worst value) = quantity·K_call − cost: the
 * buy-back cost is capped; cap (best value) = quantity·K_put − cost: the gain below K_put is given up.
 */
export function planShortCollar(input: ShortCollarInput): Result<PlanOf<'short-collar'>> {
  const raw = asRecord(input);
  const errors = checkShortCollar(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('callStrike', () => {
    const context = toOptionContext(input);
    if (!context.ok) return context;
    const ctx = context.value;
    const call = priceLeg(ctx, 'call', input.callStrike, input.callPremiumQuote, 'callStrike', 'buy');
    if (!call.ok) return call;
    const solving = input.solveZeroCost === true;
    const strike = solving ? solveZeroCostPutStrike(ctx, input.callStrike, call.value.premium.amount.toNumber()) : ok(input.putStrike as number);
    if (!strike.ok) return strike;
    const put = priceLeg(ctx, 'put', strike.value, solving ? undefined : input.putPremiumQuote, 'putStrike', 'sell');
    if (!put.ok) return put;
    return finishPlan(buildShortCollar(ctx, call.value, put.value, solving), 'input');
  });
}

function buildShortCollar(ctx: OptionContext, call: PricedLeg, put: PricedLeg, solved: boolean): PlanOf<'short-collar'> {
  const n = ctx.sizing.contracts;
  const how = solved ? 'zero-cost put strike solved' : `premiums from ${call.source !== 'model' || put.source !== 'model' ? 'your quotes' : 'the pricing model'}`;
  const { common, ...core } = assembleOptionPlan(ctx, {
    label: `Short collar: buy ${n} × ${labelNumber(call.strike)} calls, write ${n} × ${labelNumber(put.strike)} puts on ${ctx.symbol} (${how})`,
    legs: [
      { leg: call, side: 'buy' },
      { leg: put, side: 'sell' },
    ],
    hasFloor: true,
    residual:
      `Below ${labelNumber(put.strike)} the hedged short gives up every further gain (the written put); between the strikes it moves one for one.` +
      (ctx.sizing.hedgedUnits > Math.abs(ctx.quantity) ? ' The puts written beyond the shares owed are uncovered: below the put strike they lose more.' : ''),
  });
  return {
    kind: 'short-collar',
    ...core,
    extras: {
      ...common,
      callStrike: call.strike,
      putStrike: put.strike,
      callPremiumPerUnit: call.premium.amount.toNumber(),
      putPremiumPerUnit: put.premium.amount.toNumber(),
      callPremiumSource: call.source,
      putPremiumSource: put.source,
      zeroCostSolved: solved,
    },
  };
}
