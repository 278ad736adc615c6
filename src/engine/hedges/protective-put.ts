/**
 * Protective put: hold the position, buy puts on it (Hull, "Options, Futures, and Other
 * Derivatives", 10th ed., ch. 12 "Trading Strategies Involving Options", §12.1: long stock +
 * long put). At expiry the hedged units are worth at least the strike, minus what the hedge cost.
 */
import { failAll, guard } from '../result';
import type { Result } from '../result';
import { checkNumber, collectErrors } from '../validate';
import type { PlanOf } from './plan';
import { finishPlan } from './plan-check';
import { checkOptionCommon, checkQuote, priceLeg, toOptionContext } from './option-legs';
import { asRecord } from './input-check';
import type { OptionHedgeCommon } from './option-legs';
import { assembleOptionPlan } from './option-plan';
import type { QuoteInput } from './option-quote';

export interface ProtectivePutInput extends OptionHedgeCommon {
  /** Put strike, currency per unit. */
  readonly putStrike: number;
  /** Broker's premium per unit as decimal text (e.g. "2.15"), or bid / ask / last (the ask is paid); blank or absent = the engine's price. */
  readonly putPremiumQuote?: QuoteInput;
}

/**
 * Plans a protective put on `target` (quantity > 0 units held at `target.price`).
 * Contracts n = round(quantity × hedgeRatio / contractSize); premium = n × contractSize × put price
 * per unit (quote, or the engine: American by default); fees per contract.
 * Floor (at expiry, net of every cost) = min(quantity, hedged units) × K − total cost: the value at
 * S = 0 when part of the position is unhedged (that part can fall to zero), or at S = K when the
 * rounding over-hedges. Breakeven = the price where the hedged value equals quantity × spot today,
 * S0 + cost / quantity when it lies above K (Hull 10th ed. §12.1; CBOE "Buying Index Puts to Hedge").
 * Extras: putStrike, premiumPerUnit, premiumSource ('model' | 'quote'), modelPremiumPerUnit, upsideKept
 * (share of every rise above K that is kept), hedgedDelta, contracts. Never throws.
 */
export function planProtectivePut(input: ProtectivePutInput): Result<PlanOf<'protective-put'>> {
  const raw = asRecord(input);
  const errors = collectErrors(
    checkOptionCommon(raw),
    checkNumber('putStrike', raw.putStrike, { gt: 0 }),
    checkQuote('putPremiumQuote', raw.putPremiumQuote),
  );
  if (errors.length > 0) return failAll(errors);
  return guard('putStrike', () => {
    const context = toOptionContext(input);
    if (!context.ok) return context;
    const ctx = context.value;
    const put = priceLeg(ctx, 'put', input.putStrike, input.putPremiumQuote, 'putStrike');
    if (!put.ok) return put;
    const leg = put.value;
    const { common, ...core } = assembleOptionPlan(ctx, {
        label: `Protective put: buy ${ctx.sizing.contracts} × ${input.putStrike} puts on ${ctx.symbol} (premium from ${leg.source !== 'model' ? 'your quote' : 'the pricing model'})`,
        legs: [{ leg, side: 'buy' }],
        hasFloor: true,
        residual:
          `Below ${input.putStrike} the hedged units keep the strike's value; above it the premium and fees are a drag: ` +
          'the position must rise past the breakeven before the hedge has paid for itself.',
      });
    return finishPlan({
      kind: 'protective-put',
      ...core,
      extras: {
        ...common,
        putStrike: input.putStrike,
        premiumPerUnit: leg.premium.amount.toNumber(),
        premiumSource: leg.source,
        modelPremiumPerUnit: leg.valuation.price,
      },
    }, 'input');
  });
}
