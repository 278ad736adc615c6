/**
 * What the typed option quotes say: the implied volatility of each typed price (bid, ask, last)
 * next to the model's volatility, a plain warning when a price is outside the no-arbitrage bounds
 * (no volatility gives it), and a note when only a last price stands in for both sides.
 */
import type { PremiumSource } from '../../engine';
import { fmt, pct } from '../explain';
import type { Explanation } from '../explain';
import type { KindFigure } from '../types';
import type { OptionMarket } from './option-explain';
import { HULL } from './option-explain';
import { QUOTE_FIELDS } from './quote-fields';
import type { QuoteSlot } from './quote-fields';
import type { Parsed } from '../read-fields';

/** One option leg of a plan whose quote is read. */
export interface QuotedLeg {
  readonly slot: QuoteSlot;
  readonly type: 'put' | 'call';
  readonly strike: number;
  readonly side: 'buy' | 'sell';
  /** Where the premium used came from (the engine's pick). */
  readonly source: PremiumSource;
}

export interface QuoteReport {
  readonly figures: readonly KindFigure[];
  readonly warnings: readonly string[];
  readonly explain: Record<string, Explanation>;
}

const WHICH = { bid: 'bid', ask: 'ask', last: 'last price' } as const;

// One report per plan: figures, cards and warnings read it, and an American implied volatility costs dozens of prices.
const reports = new WeakMap<object, QuoteReport>();

/** `quoteReport` of a plan, computed once per plan object. */
export function planQuoteReport(plan: object, m: OptionMarket, v: Parsed, legs: readonly QuotedLeg[]): QuoteReport {
  let r = reports.get(plan);
  if (r === undefined) {
    r = quoteReport(m, v, legs);
    reports.set(plan, r);
  }
  return r;
}

/** Implied volatility of every typed price of each leg, with warnings; empty when nothing is typed. */
export function quoteReport(m: OptionMarket, v: Parsed, legs: readonly QuotedLeg[]): QuoteReport {
  const figures: KindFigure[] = [];
  const warnings: string[] = [];
  const explain: Record<string, Explanation> = {};
  for (const leg of legs) {
    const typed = (['bid', 'ask', 'last'] as const).map((k) => [k, v.opt(QUOTE_FIELDS[leg.slot][k])] as const).filter(([, p]) => p !== null);
    if (typed.length === 0) continue;
    const name = `${fmt(leg.strike)} ${leg.type}`;
    for (const [k, price] of typed) {
      const iv = m.engine.impliedVol({ type: leg.type, exercise: m.exercise, spot: m.target.price, strike: leg.strike, r: m.r, q: m.target.dividendYield, t: m.t, price: price as number });
      const used = leg.source === k ? (leg.side === 'buy' ? ', paid' : ', received') : '';
      if (!iv.ok) {
        warnings.push(`Your ${WHICH[k]} ${fmt(price as number)} for the ${name}: ${iv.errors[0]?.message ?? ''} No volatility gives this price; check the quote.`);
        continue;
      }
      const key = `iv-${leg.slot}-${k}`;
      figures.push({ key, label: `Implied vol, ${name} at the ${WHICH[k]}${used} (model ${pct(m.target.volAnnual, 1)})`, value: iv.value, format: 'percent' });
      explain[key] = {
        title: `Implied volatility of the ${name} at the ${WHICH[k]}`,
        formula: `σ_imp such that model price(σ_imp) = quote (${m.exercise === 'european' ? 'Black–Scholes–Merton with yield q' : 'American, by the early-exercise method'})`,
        substituted: `S = ${fmt(m.target.price)}, K = ${fmt(leg.strike)}, r = ${pct(m.r)}, q = ${pct(m.target.dividendYield)}, T = ${fmt(m.t)} y, quote ${fmt(price as number)} → σ_imp = ${pct(iv.value)} vs the model’s σ = ${pct(m.target.volAnnual)}`,
        source: `${HULL}, ch. 15 (implied volatilities); Jäckel (2015), “Let’s be rational” for the European inversion`,
      };
    }
    if (leg.source === 'last') {
      warnings.push(`Only a last price is typed for the ${name}: it is used to ${leg.side === 'buy' ? 'buy' : 'sell'}, but a trade ${leg.side === 'buy' ? 'pays the ask' : 'gets the bid'}. Type the bid and ask for the real cost.`);
    }
  }
  return { figures, warnings, explain };
}
