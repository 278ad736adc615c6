/**
 * Where each option's typed quote lives: one bid / ask / last triple per option of the stock mode
 * (the put and the call at their strikes, the lower put of the put spread, the upper call of the
 * call spread), read into the engine's quote shape, and mapped back to the fields for errors.
 */
import type { QuoteInput } from '../../engine';
import type { Parsed } from '../read-fields';

export type QuoteSlot = 'put' | 'call' | 'lowerPut' | 'upperCall';

/** Scenario field of each price of each option's quote (the last price keeps the older single-quote field). */
export const QUOTE_FIELDS: Readonly<Record<QuoteSlot, { readonly bid: string; readonly ask: string; readonly last: string }>> = {
  put: { bid: 'putBid', ask: 'putAsk', last: 'putQuote' },
  call: { bid: 'callBid', ask: 'callAsk', last: 'callQuote' },
  lowerPut: { bid: 'lowerPutBid', ask: 'lowerPutAsk', last: 'lowerPutLast' },
  upperCall: { bid: 'upperCallBid', ask: 'upperCallAsk', last: 'upperCallLast' },
};

/** The typed prices of one option, as the engine reads them; undefined when none is typed. */
export function quoteOf(v: Parsed, slot: QuoteSlot): QuoteInput | undefined {
  const f = QUOTE_FIELDS[slot];
  const out: Record<string, string> = {};
  for (const key of ['bid', 'ask', 'last'] as const) {
    const n = v.opt(f[key]);
    if (n !== null) out[key] = String(n);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Engine field of a quote (and its `.bid` / `.ask` / `.last`) -> scenario paths, for errors next to the fields. */
export function quotePaths(engineField: string, slot: QuoteSlot): Record<string, string> {
  const f = QUOTE_FIELDS[slot];
  return {
    [engineField]: `stock.${f.last}`,
    [`${engineField}.bid`]: `stock.${f.bid}`,
    [`${engineField}.ask`]: `stock.${f.ask}`,
    [`${engineField}.last`]: `stock.${f.last}`,
  };
}
