/** Formula cards for the investor's hedges: each shown number with its formula, the inputs substituted, and the source. */
import { toNumber } from '../../engine';
import type { HedgeKind, HedgePlan, PlanOf, TargetPosition } from '../../engine';
import type { StockHedgeInput } from '../scenario';
import { fmt, pct } from './explain';
import type { Explanation } from './explain';

export interface StockContext {
  readonly target: TargetPosition;
  readonly r: number;
  readonly t: number;
  readonly s: StockHedgeInput;
  /** Borrow fee, annual, decimal. */
  readonly borrowFee: number;
  readonly putStrike: number;
  readonly lowerStrike: number;
  readonly contractSize: number;
  readonly portfolioBeta: number;
  readonly portfolioValue: number;
  readonly betasAssumed: number;
  readonly indexPrice: number;
  readonly indexMultiplier: number;
  readonly targetBeta: number;
  readonly proxyPrice: number;
  readonly proxyVol: number;
  readonly proxyRho: number;
  readonly proxySize: number;
}

const HULL = 'Hull, Options, Futures, and Other Derivatives';
const BSM = `${HULL}, ch. 15 (Black–Scholes–Merton) and ch. 17 (dividend yield q); Haug, The Complete Guide to Option Pricing Formulas, 2nd ed., §1.1.6`;
const AMERICAN = 'American exercise: early-exercise boundary (Andersen, Lake & Offengeld 2016) checked against a 10,000-step binomial tree';

type Explainer<K extends HedgeKind> = (plan: PlanOf<K>) => Record<string, Explanation>;

function optionInputs(c: StockContext, strike: number): string {
  return `S = ${fmt(c.target.price)}, K = ${fmt(strike)}, r = ${pct(c.r)}, q = ${pct(c.target.dividendYield)}, σ = ${pct(c.target.volAnnual)}, T = ${fmt(c.t)} y`;
}

function premiumCard(c: StockContext, what: string, strike: number, perUnit: number, fromQuote: boolean): Explanation {
  return {
    title: `${what} premium per share`,
    formula: fromQuote ? 'Your broker quote, used as typed' : what.startsWith('Call') ? 'c = S·e^{−qT}·N(d₁) − K·e^{−rT}·N(d₂), d₁ = [ln(S/K) + (r − q + σ²/2)T]/(σ√T), d₂ = d₁ − σ√T' : 'p = K·e^{−rT}·N(−d₂) − S·e^{−qT}·N(−d₁), d₁ = [ln(S/K) + (r − q + σ²/2)T]/(σ√T), d₂ = d₁ − σ√T',
    substituted: `${optionInputs(c, strike)} → ${fmt(perUnit)} per share${c.s.exercise === 'american' && !fromQuote ? ' (American)' : ''}`,
    source: fromQuote ? 'Your quote' : c.s.exercise === 'american' ? `${BSM}; ${AMERICAN}` : BSM,
  };
}

function common(c: StockContext, plan: HedgePlan): Record<string, Explanation> {
  const contracts = plan.legs[0]?.contracts ?? 0;
  const ratio = plan.kind === 'protective-put' || plan.kind === 'collar' || plan.kind === 'put-spread' ? plan.extras.hedgeRatio : 1;
  const out: Record<string, Explanation> = {
    contracts: {
      title: 'Contracts',
      formula: 'contracts = hedge ratio × shares held / contract size, rounded to whole contracts',
      substituted: `${pct(ratio, 0)} × ${fmt(c.target.quantity)} / ${fmt(c.contractSize)} → ${contracts} (${c.s.rounding}); unhedged ${fmt(plan.unhedgedQuantity)} shares`,
      source: `${HULL}, ch. 10 (contract size of equity options)`,
    },
    cost: {
      title: 'Total cost',
      formula: 'Σ ledger lines of nature "cost" (premiums paid − received + commissions + fees); margin is held, not spent',
      substituted: `${plan.ledger.lines.filter((l) => l.nature === 'cost').map((l) => fmt(toNumber(l.amount), 2)).join(' + ') || '0'} = ${fmt(toNumber(plan.ledger.totalCost), 2)} ${plan.ledger.currency}`,
      source: 'The cost ledger below, line by line',
    },
  };
  if (plan.floor) {
    out.floor = {
      title: 'Floor of the position at the horizon',
      formula: 'min over prices of (shares × S_T + option payoffs − costs)',
      substituted: `= ${fmt(toNumber(plan.floor), 2)} ${plan.ledger.currency}`,
      source: `${HULL}, ch. 12 (trading strategies involving options: protective put, collar)`,
    };
  }
  if (plan.breakeven !== null) {
    out.breakeven = {
      title: 'Breakeven price',
      formula: 'price at which the hedged position is worth today’s value: S* such that hedged(S*) = shares × S₀',
      substituted: `S* = ${fmt(plan.breakeven)} vs today ${fmt(c.target.price)}`,
      source: `${HULL}, ch. 12`,
    };
  }
  return out;
}

/** Explainers for each hedge of the investor's comparison. */
export interface StockExplainers {
  readonly put: Explainer<'protective-put'>;
  readonly collar: Explainer<'collar'>;
  readonly spread: Explainer<'put-spread'>;
  readonly short: Explainer<'short-sale'>;
  readonly cross: Explainer<'cross'>;
  readonly beta: Explainer<'beta'>;
}

export function stockExplanations(c: StockContext): StockExplainers {
  return {
    put: (plan) => ({ ...common(c, plan), premium: premiumCard(c, 'Put', c.putStrike, plan.extras.premiumPerUnit, plan.extras.premiumSource === 'quote') }),
    collar: (plan) => ({
      ...common(c, plan),
      premium: premiumCard(c, 'Put', c.putStrike, plan.extras.putPremiumPerUnit, plan.extras.putPremiumSource === 'quote'),
      callPremium: premiumCard(c, 'Call', plan.extras.callStrike, plan.extras.callPremiumPerUnit, plan.extras.callPremiumSource === 'quote'),
      ...(plan.extras.zeroCostSolved
        ? {
            callStrike: {
              title: 'Zero-cost call strike',
              formula: 'solve K_c such that call premium(K_c) = put premium(K_p)',
              substituted: `put(${fmt(c.putStrike)}) = ${fmt(plan.extras.putPremiumPerUnit)} = call(${fmt(plan.extras.callStrike)})`,
              source: `${HULL}, ch. 12 (range forwards / zero-cost collars); root by the Illinois false-position method (Dowell & Jarratt 1971)`,
            },
          }
        : {}),
    }),
    spread: (plan) => ({ ...common(c, plan), premium: premiumCard(c, 'Put', c.putStrike, plan.extras.longPutPremiumPerUnit, plan.extras.longPutPremiumSource === 'quote') }),
    short: (plan) => ({
      ...common(c, plan),
      contracts: {
        title: 'Shares shorted',
        formula: 'hedge ratio × shares held',
        substituted: `${fmt(plan.extras.unitsShorted)} shares, value ${fmt(plan.extras.shortValue, 2)}`,
        source: `${HULL}, ch. 5 (short selling)`,
      },
      borrow: {
        title: 'Borrow fee',
        formula: 'fee rate × value borrowed × days / 365',
        substituted: `${pct(c.borrowFee)} × ${fmt(plan.extras.shortValue, 2)} × ${fmt(c.t * 365, 0)}/365 = ${fmt(plan.extras.borrowFee, 2)}`,
        source: `${HULL}, ch. 5 (short selling: fees and dividends owed to the lender)`,
      },
    }),
    cross: (plan) => ({
      ...common(c, plan),
      contracts: {
        title: 'Proxy futures contracts',
        formula: 'N* = share hedged × h*·Q_A / Q_F (Q_F = units per futures contract), rounded to whole contracts',
        substituted: `${pct(plan.extras.hedgeRatio, 0)} × ${fmt(plan.extras.minVarianceRatio)} × ${fmt(c.target.quantity)} / ${fmt(c.proxySize)} = ${fmt(plan.extras.exactContracts, 2)} → ${plan.extras.contracts} (${c.s.rounding})`,
        source: `${HULL}, ch. 3, eq. 3.2 (optimal number of contracts)`,
      },
      hedgeRatio: {
        title: 'Minimum-variance hedge ratio h*',
        formula: 'h* = ρ·σ_S/σ_F (σ of price changes); N* = h*·Q_A/Q_F',
        substituted: `h* = ${fmt(c.proxyRho)} × (${pct(c.target.volAnnual)} × ${fmt(c.target.price)}) / (${pct(c.proxyVol)} × ${fmt(c.proxyPrice)}) = ${fmt(plan.extras.minVarianceRatio)}; N* = ${fmt(plan.extras.exactContracts)} → ${plan.extras.contracts}`,
        source: `${HULL}, ch. 3, eq. 3.1–3.2 (cross hedging)`,
      },
      effectiveness: {
        title: 'Hedge effectiveness',
        formula: 'effectiveness = ρ² (share of variance removed)',
        substituted: `${fmt(c.proxyRho)}² = ${pct(plan.extras.effectiveness, 1)}`,
        source: `${HULL}, ch. 3 (hedge effectiveness)`,
      },
    }),
    beta: (plan) => ({
      ...common(c, plan),
      contracts: {
        title: 'Index futures contracts (whole portfolio)',
        formula: 'N* = (β* − β)·P / (F × multiplier)',
        substituted: `(${fmt(c.targetBeta)} − ${fmt(c.portfolioBeta)}) × ${fmt(c.portfolioValue, 0)} / (${fmt(c.indexPrice)} × ${fmt(c.indexMultiplier)}) = ${fmt(plan.extras.side === 'sell' ? -plan.extras.exactContracts : plan.extras.exactContracts, 2)} → ${plan.extras.side === 'sell' ? -plan.extras.contracts : plan.extras.contracts}${c.betasAssumed > 0 ? ` (${c.betasAssumed} holding(s) without a beta counted as β = 1)` : ''}`,
        source: `${HULL}, ch. 3, §3.5 (stock index futures: changing the beta of a portfolio)`,
      },
    }),
  };
}
