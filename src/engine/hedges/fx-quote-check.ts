/**
 * A plausibility check of a bank's FX forward quote against covered interest parity (Hull,
 * "Options, Futures, and Other Derivatives", 11th ed., §5.10): a dealer earns its margin by
 * quoting WORSE than parity for the client, so the client's markup m (buyer of the foreign
 * currency: (bank − parity)/parity; seller: (parity − bank)/parity) is >= 0 and small.
 * The rule: m below −0.01 % (better than parity beyond the rounding of a four-decimal quote) is on
 * the wrong side; |m| above 2 % is beyond a plausible dealer margin. Either usually means a quote
 * typed the wrong way round (the inverse pair), for another date, or for the other direction.
 */

/** Relative distance below parity treated as rounding of the quote, not a better rate. */
export const PARITY_TOLERANCE = 0.0001;
/** Largest plausible markup, relative to parity. */
export const MAX_PLAUSIBLE_MARKUP = 0.02;

export type BankQuoteFlag = 'wrong-side' | 'beyond-range';

export interface BankQuoteCheck {
  /** The client's markup relative to parity (> 0: the bank's margin). */
  readonly markupFraction: number;
  /** null: plausible. */
  readonly flag: BankQuoteFlag | null;
}

/**
 * Checks a bank forward against the parity forward (both domestic per foreign) for a buyer of the
 * foreign currency (`buyer` true: a payable) or a seller. Total: non-finite or non-positive
 * rates give markup 0 and no flag.
 */
export function checkBankForward(parity: number, bankForward: number, buyer: boolean): BankQuoteCheck {
  if (typeof parity !== 'number' || typeof bankForward !== 'number' || !(parity > 0 && bankForward > 0) || !Number.isFinite(parity) || !Number.isFinite(bankForward)) return { markupFraction: 0, flag: null };
  const m = (buyer === true ? bankForward - parity : parity - bankForward) / parity;
  if (!Number.isFinite(m)) return { markupFraction: 0, flag: null };
  const flag = m < -PARITY_TOLERANCE ? 'wrong-side' : Math.abs(m) > MAX_PLAUSIBLE_MARKUP ? 'beyond-range' : null;
  return { markupFraction: m, flag };
}
