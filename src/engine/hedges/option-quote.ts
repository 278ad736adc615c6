/**
 * A broker's quote of one option: a single price (decimal text, used for buying and selling), or a
 * bid / ask / last. A bought leg costs the ask and a written leg earns the bid (the market maker's
 * side of the spread, CBOE "Options Institute: bid and ask"); a last trade price stands in for both
 * when the side's own price is missing, and the plan says so through the premium's source.
 */
import { ShortMessages } from '../messages';
import type { FieldError } from '../result';
import { checkDecimalText, decimalFromText, isRecord } from '../validate';
import type { PremiumSource } from './extras';
import { isBlank } from './input-check';

/** Bid, ask and last price per underlying unit, each decimal text; blank = not quoted. */
export interface OptionQuote {
  readonly bid?: string;
  readonly ask?: string;
  readonly last?: string;
}

/** A single quote (decimal text, one price for both sides) or a bid / ask / last quote. */
export type QuoteInput = string | OptionQuote;

/** The premium text picked from a quote for one side, and where it came from. */
export interface PickedQuote {
  readonly text: string;
  readonly source: Exclude<PremiumSource, 'model'>;
}

/** True when no price of the quote is typed (absent, blank text, or an object of blanks). */
export function isQuoteBlank(value: unknown): boolean {
  if (isRecord(value)) return isBlank(value.bid) && isBlank(value.ask) && isBlank(value.last);
  return isBlank(value);
}

/**
 * Checks a quote for the side it is traded on: each typed price decimal text >= 0, bid <= ask, and
 * the price that side needs (the ask to buy, the bid to sell) or a last price. Errors on
 * `field` (single text) or `field.bid` / `field.ask` / `field.last`.
 */
export function checkOptionQuote(field: string, value: unknown, side: 'buy' | 'sell'): FieldError[] {
  if (isQuoteBlank(value)) return [];
  if (typeof value === 'string') {
    const e = checkDecimalText(field, value, 0);
    return e ? [e] : [];
  }
  if (!isRecord(value)) return [{ field, message: ShortMessages.quote }];
  const errors: FieldError[] = [];
  for (const key of ['bid', 'ask', 'last'] as const) {
    const e = isBlank(value[key]) ? null : checkDecimalText(`${field}.${key}`, value[key], 0);
    if (e) errors.push(e);
  }
  if (errors.length > 0) return errors;
  const q = value as OptionQuote;
  if (!isBlank(q.bid) && !isBlank(q.ask) && decimalFromText(q.bid as string).greaterThan(decimalFromText(q.ask as string))) {
    return [{ field: `${field}.bid`, message: ShortMessages.bidAboveAsk }];
  }
  if (side === 'buy' && isBlank(q.ask) && isBlank(q.last)) return [{ field: `${field}.ask`, message: ShortMessages.askNeeded }];
  if (side === 'sell' && isBlank(q.bid) && isBlank(q.last)) return [{ field: `${field}.bid`, message: ShortMessages.bidNeeded }];
  return [];
}

/**
 * The premium text of a quote already accepted by `checkOptionQuote` for `side`: the ask when
 * buying, the bid when selling, else the last price; a single text quote as it is. Null when blank.
 */
export function pickQuote(value: unknown, side: 'buy' | 'sell'): PickedQuote | null {
  if (isQuoteBlank(value)) return null;
  if (typeof value === 'string') return { text: value, source: 'quote' };
  if (!isRecord(value)) return null;
  const q = value as OptionQuote;
  const own = side === 'buy' ? q.ask : q.bid;
  if (!isBlank(own)) return { text: own as string, source: side === 'buy' ? 'ask' : 'bid' };
  return isBlank(q.last) ? null : { text: q.last as string, source: 'last' };
}
