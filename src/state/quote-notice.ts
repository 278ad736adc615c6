/**
 * Tells the user which broker quotes were emptied because their contract changed, with the way
 * back ("Keep the old quotes"). One notice at a time: a new clearing replaces it, and a whole new
 * scenario (an example, a file, a link, a reset) withdraws it, since its quotes belong elsewhere.
 */
import type { NoticesState } from './notices';
import type { ClearedLeg, QuoteClearing, QuoteLeg } from './stale-quotes';

/** What the store tells: quotes were cleared (`keep` puts them back), or the whole scenario was replaced. */
export interface QuoteHooks {
  readonly cleared?: (clearing: QuoteClearing, keep: () => void) => void;
  readonly replaced?: () => void;
}

const LEG_NAMES: Readonly<Record<QuoteLeg, string>> = {
  put: 'the put',
  call: 'the call',
  lowerPut: 'the put spread’s lower put',
  upperCall: 'the call spread’s upper call',
};

export const KEEP_QUOTES = 'Keep the old quotes';

const quotesText = (leg: ClearedLeg) => `(${leg.quotes.map((q) => `${q.label} ${q.text.trim()}`).join(', ')})`;
const list = (items: readonly string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

function reasonOf(c: QuoteClearing, one: ClearedLeg | null): string {
  if (c.change === 'target') return `options on ${c.previousTarget?.trim() || 'the holding picked before'}`;
  if (c.change === 'expiry') return `the ${c.expiryDays.trim()}-day expiry`;
  const unit = c.strikeMode === 'percent' ? ' %' : '';
  if (one !== null) return `the ${one.strike.trim()}${unit} strike`;
  return `strikes typed as ${c.strikeMode === 'percent' ? '% of the price' : 'prices'}`;
}

/** "Cleared the put’s quote (bid 2.10, ask 2.30): it was for the 95 strike." and the like. */
export function clearedMessage(c: QuoteClearing): string {
  const one = c.cleared.length === 1 ? c.cleared[0]! : null;
  const what = one !== null
    ? `${LEG_NAMES[one.leg]}’s quote ${quotesText(one)}: it was`
    : `the quotes of ${list(c.cleared.map((l) => `${LEG_NAMES[l.leg]} ${quotesText(l)}`))}: they were`;
  return `Cleared ${what} for ${reasonOf(c, one)}. The model prices the new contract until you type its quote.`;
}

/** The hooks that raise and withdraw the notice in `notices` (topic 'quotes'). */
export function quoteNotices(notices: { getState: () => NoticesState }): QuoteHooks {
  return {
    cleared: (clearing, keep) =>
      notices.getState().show({ topic: 'quotes', message: clearedMessage(clearing), urgency: 'status', actions: [{ label: KEEP_QUOTES, run: keep }] }),
    replaced: () => notices.getState().dismiss('quotes'),
  };
}
