/**
 * Put spread as a hedge: hold the position, buy puts at K1 and write puts at K2 < K1 (a bear
 * spread with puts, Hull, "Options, Futures, and Other Derivatives", 10th ed., §12.3). Cheaper than
 * a protective put because the written put pays back part of the premium, but protection stops at K2.
 */
import { failAll, guard } from '../result';
import type { FieldError, Result } from '../result';
import { checkNumber, collectErrors } from '../validate';
import type { PlanOf } from './plan';
import { finishPlan } from './plan-check';
import { checkOptionCommon, checkQuote, priceLeg, toOptionContext } from './option-legs';
import type { QuoteInput } from './option-quote';
import { asRecord } from './input-check';
import type { OptionHedgeCommon } from './option-legs';
import { assembleOptionPlan } from './option-plan';
import { labelNumber } from './label';

export interface PutSpreadInput extends OptionHedgeCommon {
  /** K1: the put bought (the protection starts here). */
  readonly longPutStrike: number;
  /** K2 < K1: the put written (the protection ends here). */
  readonly shortPutStrike: number;
  readonly longPutPremiumQuote?: QuoteInput;
  /** The written put earns the bid (or the single / last price). */
  readonly shortPutPremiumQuote?: QuoteInput;
}

function checkPutSpread(raw: Record<string, unknown>): FieldError[] {
  const k1 = typeof raw.longPutStrike === 'number' && Number.isFinite(raw.longPutStrike) ? raw.longPutStrike : Infinity;
  return collectErrors(
    checkOptionCommon(raw),
    checkNumber('longPutStrike', raw.longPutStrike, { gt: 0 }),
    checkNumber('shortPutStrike', raw.shortPutStrike, { gt: 0, lt: k1 }),
    checkQuote('longPutPremiumQuote', raw.longPutPremiumQuote),
    checkQuote('shortPutPremiumQuote', raw.shortPutPremiumQuote, 'sell'),
  );
}

/**
 * Plans a put spread on `target` (quantity > 0): n contracts long K1 puts, n short K2 puts
 * (n = round(quantity × hedgeRatio / contractSize)). Ledger: K1 premium paid, K2 premium received
 * (negative line), fees on 2n contracts. At expiry the hedged units gain K1 − S for K2 <= S <= K1 and
 * at most K1 − K2 below K2 (Hull 10th ed. §12.3, bear spread with puts): floor is null because the
 * position falls again below K2; hedged(s) >= unhedged(s) − total cost for every s. Extras add
 * maxPayoffPerUnit = K1 − K2 and both premium sources. Never throws.
 */
export function planPutSpread(input: PutSpreadInput): Result<PlanOf<'put-spread'>> {
  const raw = asRecord(input);
  const errors = checkPutSpread(raw);
  if (errors.length > 0) return failAll(errors);
  return guard('longPutStrike', () => {
    const context = toOptionContext(input);
    if (!context.ok) return context;
    const ctx = context.value;
    const long = priceLeg(ctx, 'put', input.longPutStrike, input.longPutPremiumQuote, 'longPutStrike');
    if (!long.ok) return long;
    const short = priceLeg(ctx, 'put', input.shortPutStrike, input.shortPutPremiumQuote, 'shortPutStrike', 'sell');
    if (!short.ok) return short;
    const [k1, k2] = [input.longPutStrike, input.shortPutStrike];
    const n = ctx.sizing.contracts;
    const { common, ...core } = assembleOptionPlan(ctx, {
        label: `Put spread: buy ${n} × ${labelNumber(k1)} puts, write ${n} × ${labelNumber(k2)} puts on ${ctx.symbol}`,
        legs: [
          { leg: long.value, side: 'buy' },
          { leg: short.value, side: 'sell' },
        ],
        hasFloor: false,
        residual:
          `Protection only between ${k2} and ${k1}: below ${k2} there is no floor, the position falls again one for one ` +
          `(the spread pays at most ${labelNumber(k1 - k2, 4)} per hedged unit).`,
      });
    return finishPlan({
      kind: 'put-spread',
      ...core,
      extras: {
        ...common,
        longPutStrike: k1,
        shortPutStrike: k2,
        maxPayoffPerUnit: k1 - k2,
        longPutPremiumPerUnit: long.value.premium.amount.toNumber(),
        shortPutPremiumPerUnit: short.value.premium.amount.toNumber(),
        longPutPremiumSource: long.value.source,
        shortPutPremiumSource: short.value.source,
      },
    }, 'input');
  });
}
