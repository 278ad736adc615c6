/**
 * A broker quote prices one option contract: its strike, its expiry, its underlying. When any of
 * them changes, the quotes typed for that contract no longer apply and are emptied (the model prices
 * the new contract), keeping what was cleared so the user can put it back. Pure.
 */
import { parseNumberField } from './parse-input';
import type { StockHedgeInput, StrikeMode } from './scenario';

export type QuoteLeg = 'put' | 'call' | 'lowerPut' | 'upperCall';
type StrikeField = 'putStrike' | 'callStrike' | 'spreadLowerStrike' | 'upperCallStrike';
type QuoteField = 'putBid' | 'putAsk' | 'putQuote' | 'callBid' | 'callAsk' | 'callQuote' | 'lowerPutBid' | 'lowerPutAsk' | 'lowerPutLast' | 'upperCallBid' | 'upperCallAsk' | 'upperCallLast';

/** Each leg's strike and quote fields (the short collar and the call spread read the same fields). */
export const QUOTE_LEGS: Readonly<Record<QuoteLeg, { readonly strike: StrikeField; readonly quotes: Readonly<Record<'bid' | 'ask' | 'last', QuoteField>> }>> = {
  put: { strike: 'putStrike', quotes: { bid: 'putBid', ask: 'putAsk', last: 'putQuote' } },
  call: { strike: 'callStrike', quotes: { bid: 'callBid', ask: 'callAsk', last: 'callQuote' } },
  lowerPut: { strike: 'spreadLowerStrike', quotes: { bid: 'lowerPutBid', ask: 'lowerPutAsk', last: 'lowerPutLast' } },
  upperCall: { strike: 'upperCallStrike', quotes: { bid: 'upperCallBid', ask: 'upperCallAsk', last: 'upperCallLast' } },
};

export interface ClearedQuote {
  readonly field: QuoteField;
  readonly label: 'bid' | 'ask' | 'last';
  /** The text as the user typed it. */
  readonly text: string;
}

export interface ClearedLeg {
  readonly leg: QuoteLeg;
  /** The strike the quotes were for, as typed, in `strikeMode`. */
  readonly strike: string;
  readonly quotes: readonly ClearedQuote[];
}

/** What changed the contracts, most sweeping first. */
export type QuoteChange = 'target' | 'strikeMode' | 'expiry' | 'strike';

export interface QuoteClearing {
  readonly stock: StockHedgeInput;
  readonly change: QuoteChange;
  readonly cleared: readonly ClearedLeg[];
  /** How the old strikes were typed, and the old expiry (calendar days, as typed). */
  readonly strikeMode: StrikeMode;
  readonly expiryDays: string;
  /** The name of the holding the quotes were for, when another target was picked. */
  readonly previousTarget?: string;
}

/** True when two texts name the same number (or are the same text): '95' and '95.00' are one strike. */
function same(a: string, b: string): boolean {
  if (a === b) return true;
  const x = parseNumberField(a, {});
  const y = parseNumberField(b, {});
  return x.ok && y.ok && x.value !== null && x.value === y.value;
}

/**
 * The stock inputs `after` with the quotes of every leg whose contract differs from `before` emptied:
 * a leg's own strike clears that leg; the expiry, the strike mode or another target clears every leg.
 * `previousTarget` (the old target's name) says another holding was picked. Null when no typed quote
 * was cleared (nothing defining a contract changed, or its quotes were empty).
 */
export function clearStaleQuotes(before: StockHedgeInput, after: StockHedgeInput, previousTarget?: string): QuoteClearing | null {
  const change: QuoteChange | null = previousTarget !== undefined ? 'target' : before.strikeMode !== after.strikeMode ? 'strikeMode' : !same(before.expiryDays, after.expiryDays) ? 'expiry' : null;
  const cleared: ClearedLeg[] = [];
  const next: Partial<Record<QuoteField, string>> = {};
  for (const [leg, { strike, quotes }] of Object.entries(QUOTE_LEGS) as [QuoteLeg, (typeof QUOTE_LEGS)[QuoteLeg]][]) {
    if (change === null && same(before[strike], after[strike])) continue;
    const typed = (Object.entries(quotes) as [ClearedQuote['label'], QuoteField][])
      .map(([label, field]) => ({ field, label, text: after[field] }))
      .filter((q) => q.text.trim() !== '');
    if (typed.length === 0) continue;
    for (const q of typed) next[q.field] = '';
    cleared.push({ leg, strike: before[strike], quotes: typed });
  }
  if (cleared.length === 0) return null;
  return { stock: { ...after, ...next }, change: change ?? 'strike', cleared, strikeMode: before.strikeMode, expiryDays: before.expiryDays, ...(previousTarget !== undefined ? { previousTarget } : {}) };
}

/** `now` with the cleared quotes put back, into the fields still empty (a quote typed since is kept). */
export function keepQuotes(now: StockHedgeInput, cleared: readonly ClearedLeg[]): StockHedgeInput {
  const back = cleared.flatMap((l) => l.quotes).filter((q) => now[q.field].trim() === '');
  if (back.length === 0) return now;
  const next: Partial<Record<QuoteField, string>> = Object.fromEntries(back.map((q) => [q.field, q.text]));
  return { ...now, ...next };
}
