/**
 * Option hedges of a SHORT holding (quantity < 0: the risk is a rise). Protective call: keep the
 * short, buy calls at K, so buying the shares back never costs more than K per hedged share plus the
 * hedge's cost (Hull, "Options, Futures, and Other Derivatives", 10th ed., §12.1: short stock +
 * long call, the mirror of the protective put). Call spread: buy calls at K1, write calls at
 * K2 > K1 (Hull §12.3, bull spread with calls): cheaper, protects only between K1 and K2.
 */
import { failAll, guard } from '../result';
import type { FieldError, Result } from '../result';
import { checkNumber, collectErrors } from '../validate';
import type { PlanOf } from './plan';
import { finishPlan } from './plan-check';
import { checkOptionCommon, checkQuote, priceLeg, toOptionContext } from './option-legs';
import type { OptionHedgeCommon } from './option-legs';
import { asRecord } from './input-check';
import { assembleOptionPlan } from './option-plan';
import type { QuoteInput } from './option-quote';
import { labelNumber } from './label';
import { ShortMessages } from '../messages';

export interface ProtectiveCallInput extends OptionHedgeCommon {
  /** Call strike K, currency per unit: the most a hedged share costs to buy back, before the hedge's cost. */
  readonly callStrike: number;
  /** Broker quote per unit: decimal text or bid / ask / last (the ask is paid); absent = the engine's price. */
  readonly callPremiumQuote?: QuoteInput;
}

/**
 * Plans a protective call on a short `target` (quantity < 0): n = round(|quantity| × hedgeRatio /
 * contractSize) contracts of calls bought at K. Value at expiry V(s) = quantity·s + n·size·max(s − K, 0)
 * − cost. Floor (the worst value) = quantity·K − cost when fully hedged: the buy-back cost is capped
 * at |quantity|·K + cost; cap (best value) = −cost at s = 0; breakeven = S0 − cost / |quantity|, the
 * price the shares must fall to before the hedge has paid for itself. Never throws.
 */
export function planProtectiveCall(input: ProtectiveCallInput): Result<PlanOf<'protective-call'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkOptionCommon(raw, 'short'),
    checkNumber('callStrike', raw.callStrike, { gt: 0 }),
    checkQuote('callPremiumQuote', raw.callPremiumQuote, 'buy'),
  );
  if (errors.length > 0) return failAll(errors);
  return guard('callStrike', () => {
    const context = toOptionContext(input);
    if (!context.ok) return context;
    const ctx = context.value;
    const call = priceLeg(ctx, 'call', input.callStrike, input.callPremiumQuote, 'callStrike', 'buy');
    if (!call.ok) return call;
    const leg = call.value;
    const k = labelNumber(input.callStrike);
    const { common, ...core } = assembleOptionPlan(ctx, {
      label: `Protective call: buy ${ctx.sizing.contracts} × ${k} calls on ${ctx.symbol} (premium from ${leg.source === 'model' ? 'the pricing model' : 'your quote'})`,
      legs: [{ leg, side: 'buy' }],
      hasFloor: true,
      residual:
        `Above ${k} the hedged shares cost at most the strike to buy back; below it the premium and fees are a drag: ` +
        'the shares must fall past the breakeven before the hedge has paid for itself.',
    });
    return finishPlan({
      kind: 'protective-call',
      ...core,
      extras: { ...common, callStrike: input.callStrike, premiumPerUnit: leg.premium.amount.toNumber(), premiumSource: leg.source, modelPremiumPerUnit: leg.valuation.price },
    }, 'input');
  });
}

export interface CallSpreadInput extends OptionHedgeCommon {
  /** K1: the call bought (the protection starts here). */
  readonly longCallStrike: number;
  /** K2 > K1: the call written (the protection ends here). */
  readonly shortCallStrike: number;
  readonly longCallPremiumQuote?: QuoteInput;
  /** The written call earns the bid (or the single / last price). */
  readonly shortCallPremiumQuote?: QuoteInput;
}

function checkCallSpread(raw: Record<string, unknown>): FieldError[] {
  const k1 = typeof raw.longCallStrike === 'number' && Number.isFinite(raw.longCallStrike) ? raw.longCallStrike : 0;
  const e = collectErrors(
    checkOptionCommon(raw, 'short'),
    checkNumber('longCallStrike', raw.longCallStrike, { gt: 0 }),
    checkNumber('shortCallStrike', raw.shortCallStrike, { gt: 0 }),
    checkQuote('longCallPremiumQuote', raw.longCallPremiumQuote, 'buy'),
    checkQuote('shortCallPremiumQuote', raw.shortCallPremiumQuote, 'sell'),
  );
  if (e.length === 0 && !((raw.shortCallStrike as number) > k1)) e.push({ field: 'shortCallStrike', message: ShortMessages.upperAboveLower });
  return e;
}

/**
 * Plans a call spread on a short `target`: n contracts long K1 calls, n short K2 calls. Ledger: K1
 * premium paid, K2 premium received (negative line), fees on 2n contracts. Between K1 and K2 the
 * hedged shares cost at most K1 to buy back; above K2 the short loses again one for one (the spread
 * pays at most K2 − K1 per unit), so no floor. Never throws.
 */
export function planCallSpread(input: CallSpreadInput): Result<PlanOf<'call-spread'>> {
  const raw = asRecord(input);
  const errors = checkCallSpread(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('longCallStrike', () => {
    const context = toOptionContext(input);
    if (!context.ok) return context;
    const ctx = context.value;
    const long = priceLeg(ctx, 'call', input.longCallStrike, input.longCallPremiumQuote, 'longCallStrike', 'buy');
    if (!long.ok) return long;
    const short = priceLeg(ctx, 'call', input.shortCallStrike, input.shortCallPremiumQuote, 'shortCallStrike', 'sell');
    if (!short.ok) return short;
    const [k1, k2] = [input.longCallStrike, input.shortCallStrike];
    const n = ctx.sizing.contracts;
    const { common, ...core } = assembleOptionPlan(ctx, {
      label: `Call spread: buy ${n} × ${labelNumber(k1)} calls, write ${n} × ${labelNumber(k2)} calls on ${ctx.symbol}`,
      legs: [
        { leg: long.value, side: 'buy' },
        { leg: short.value, side: 'sell' },
      ],
      hasFloor: false,
      residual:
        `Protection only between ${labelNumber(k1)} and ${labelNumber(k2)}: above ${labelNumber(k2)} the short loses again one for one ` +
        `(the spread pays at most ${labelNumber(k2 - k1, 4)} per hedged share).`,
    });
    return finishPlan({
      kind: 'call-spread',
      ...core,
      extras: {
        ...common,
        longCallStrike: k1,
        shortCallStrike: k2,
        maxPayoffPerUnit: k2 - k1,
        longCallPremiumPerUnit: long.value.premium.amount.toNumber(),
        shortCallPremiumPerUnit: short.value.premium.amount.toNumber(),
        longCallPremiumSource: long.value.source,
        shortCallPremiumSource: short.value.source,
      },
    }, 'input');
  });
}
