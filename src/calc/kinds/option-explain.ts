/**
 * Formula cards shared by the option hedges: contracts, cost, floor, breakeven, and the premium.
 * The premium card states the method that produced the figure beside it: Black–Scholes–Merton for
 * European exercise; for American exercise the early-exercise boundary method, with the European
 * value and the early-exercise premium shown, so the card never shows another number's formula.
 */
import type { HedgePlan, PremiumSource, TargetPosition } from '../../engine';
import { fmt, pct } from '../explain';
import type { Explanation } from '../explain';
import type { EngineApi } from '../kind';

export const HULL = 'Hull, Options, Futures, and Other Derivatives';
const BSM = `${HULL}, ch. 15 (Black–Scholes–Merton) and ch. 17 (dividend yield q); Haug, The Complete Guide to Option Pricing Formulas, 2nd ed., §1.1.6`;
const AMERICAN = 'Andersen, Lake & Offengeld (2016), early-exercise boundary by fixed-point iteration and Gauss–Legendre quadrature; checked against a 10,000-step binomial tree (Hull, ch. 21)';
const D1 = 'd₁ = [ln(S/K) + (r − q + σ²/2)T]/(σ√T), d₂ = d₁ − σ√T';

const QUOTE_RULE: Readonly<Record<Exclude<PremiumSource, 'model'>, string>> = {
  quote: 'Your broker quote, used as typed',
  ask: 'Your quote’s ask: what a buyer pays',
  bid: 'Your quote’s bid: what a seller receives',
  last: 'Your quote’s last price, used for want of a bid or ask',
};

export interface OptionMarket {
  readonly target: TargetPosition;
  readonly r: number;
  /** Option expiry, years. */
  readonly t: number;
  readonly exercise: 'american' | 'european';
  readonly engine: EngineApi;
}

function inputs(m: OptionMarket, strike: number): string {
  return `S = ${fmt(m.target.price)}, K = ${fmt(strike)}, r = ${pct(m.r)}, q = ${pct(m.target.dividendYield)}, σ = ${pct(m.target.volAnnual)}, T = ${fmt(m.t)} y`;
}

/** The card beside a premium per share: the typed quote, the European formula, or the American method with its value. */
export function premiumCard(m: OptionMarket, type: 'put' | 'call', strike: number, perUnit: number, source: PremiumSource): Explanation {
  const what = type === 'put' ? 'Put' : 'Call';
  const title = `${what} premium per share`;
  if (source !== 'model') return { title, formula: QUOTE_RULE[source], substituted: `${fmt(perUnit)} per share`, source: 'Your quote' };
  const european = type === 'put' ? `p = K·e^{−rT}·N(−d₂) − S·e^{−qT}·N(−d₁), ${D1}` : `c = S·e^{−qT}·N(d₁) − K·e^{−rT}·N(d₂), ${D1}`;
  if (m.exercise === 'european') return { title, formula: european, substituted: `${inputs(m, strike)} → ${fmt(perUnit)} per share`, source: BSM };
  const eu = m.engine.priceOption({ type, exercise: 'european', spot: m.target.price, strike, r: m.r, q: m.target.dividendYield, t: m.t, vol: m.target.volAnnual });
  const euText = eu.ok ? `European value ${fmt(eu.value.price)} + early-exercise premium ${fmt(perUnit - eu.value.price)} = ` : '';
  return {
    title: `${title} (American)`,
    formula: `American ${type}: V = European value + early-exercise premium, the premium an integral over the early-exercise boundary B(t) (solved numerically; no closed form). European part: ${european}`,
    substituted: `${inputs(m, strike)} → ${euText}${fmt(perUnit)} per share (American)`,
    source: `${AMERICAN}; European part: ${BSM}`,
  };
}

/** Floor and cap cards of any plan that has them (the worst and best value at the horizon, net of costs). */
export function floorCapCards(plan: HedgePlan): Record<string, Explanation> {
  const c = plan.ledger.currency;
  const out: Record<string, Explanation> = {};
  if (plan.floor) {
    out.floor = {
      title: 'Floor of the position at the horizon',
      formula: 'min over prices of (position + hedge payoff − costs), rounded once to the cent',
      substituted: `= ${fmt(plan.floor.amount.toNumber(), 2)} ${c}`,
      source: `${HULL}, ch. 3 (hedging with futures) and ch. 12 (protective put, collar)`,
    };
  }
  if (plan.cap) {
    out.cap = {
      title: 'Cap of the position at the horizon',
      formula: 'max over prices of (position + hedge payoff − costs), rounded once to the cent',
      substituted: `= ${fmt(plan.cap.amount.toNumber(), 2)} ${c}`,
      source: `${HULL}, ch. 3 and ch. 12`,
    };
  }
  return out;
}

/** Contracts, total cost, floor and breakeven cards of an option plan. */
export function commonOptionCards(plan: HedgePlan, target: TargetPosition, contractSize: number, rounding: string, hedgeRatio: number, contracts: number): Record<string, Explanation> {
  const out: Record<string, Explanation> = {
    contracts: {
      title: 'Contracts',
      formula: `contracts = hedge ratio × ${target.quantity < 0 ? 'shares short' : 'shares held'} / contract size, rounded to whole contracts`,
      substituted: `${pct(hedgeRatio, 0)} × ${fmt(Math.abs(target.quantity))} / ${fmt(contractSize)} → ${contracts} (${rounding}); unhedged ${fmt(plan.unhedgedQuantity)} shares`,
      source: `${HULL}, ch. 10 (contract size of equity options)`,
    },
    cost: costCard(plan),
    ...floorCapCards(plan),
  };
  if (plan.breakeven !== null) {
    out.breakeven = target.quantity < 0 ? {
      title: 'Breakeven price (a fall)',
      formula: 'highest price at which the hedged short is worth today’s value: S* such that hedged(S*) = shares × S₀ (shares < 0); below it the hedge has paid for itself',
      substituted: `S* = ${fmt(plan.breakeven)} vs today ${fmt(target.price)}`,
      source: `${HULL}, ch. 12 (short stock + long call)`,
    } : {
      title: 'Breakeven price',
      formula: 'price at which the hedged position is worth today’s value: S* such that hedged(S*) = shares × S₀',
      substituted: `S* = ${fmt(plan.breakeven)} vs today ${fmt(target.price)}`,
      source: `${HULL}, ch. 12`,
    };
  }
  return out;
}

/** Sum of the cost lines of the ledger, line by line. */
export function costCard(plan: HedgePlan): Explanation {
  const lines = plan.ledger.lines.filter((l) => l.nature === 'cost').map((l) => fmt(l.amount.amount.toNumber(), 2));
  return {
    title: 'Total cost',
    formula: 'Σ ledger lines of nature "cost" (premiums paid − received + commissions + fees); margin is held, not spent',
    substituted: `${lines.join(' + ') || '0'} = ${fmt(plan.ledger.totalCost.amount.toNumber(), 2)} ${plan.ledger.currency}`,
    source: 'The cost ledger below, line by line',
  };
}

/** Strikes further than this from today's price (as a share of it) are flagged. */
export const STRIKE_BAND = { low: 0.75, high: 1.25 } as const;

/** A warning when a strike is far from today's price: probably typed for another holding. */
export function strikeWarning(name: string, strike: number, spot: number, targetName: string): string | null {
  const ratio = strike / spot;
  if (!(spot > 0) || !Number.isFinite(ratio) || (ratio >= STRIKE_BAND.low && ratio <= STRIKE_BAND.high)) return null;
  return `The ${name} strike ${fmt(strike)} is ${pct(ratio, 0)} of ${targetName}’s price today (${fmt(spot)}): far from the money, so the figures say little. Check the strike was meant for this holding.`;
}
