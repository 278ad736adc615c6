/** Every figure's card: a formula, the formula with the user's inputs substituted, and a source. */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import type { HedgeResult, ModeResult } from '../../src/calc/types';
import { PRESETS } from '../../src/state/presets';
import type { PresetName } from '../../src/state/presets';

function card(r: ModeResult, id: string, key: string) {
  const h: HedgeResult | undefined = r.hedges.find((x) => x.id === id);
  const c = h?.explanations[key];
  if (c === undefined) throw new Error(`no card ${id}.${key}`);
  return c;
}

const EXPECTED: Readonly<Record<PresetName, Readonly<Record<string, readonly string[]>>>> = {
  investor: {
    'protective-put': ['contracts', 'cost', 'floor', 'breakeven', 'premium'],
    collar: ['contracts', 'cost', 'floor', 'cap', 'breakeven', 'premium', 'callPremium', 'callStrike'],
    'put-spread': ['contracts', 'cost', 'breakeven', 'premium', 'shortPremium'],
    'short-sale': ['contracts', 'cost', 'floor', 'cap', 'borrow', 'dividends'],
    cross: ['contracts', 'cost', 'hedgeRatio', 'effectiveness'],
    beta: ['contracts', 'cost', 'beta', 'achievedBeta'],
  },
  // The bakery buys: its cards explain a buyer's figures (all-in cost, total locked, worst extra cost), not a floor.
  bakery: { futures: ['contracts', 'cost', 'lockedPrice', 'margin', 'allIn', 'lockedTotal', 'worstExtra'] },
  importer: { 'fx-forward': ['parityForward', 'lockedPrice', 'points', 'markup'], 'fx-option': ['premium', 'breakeven'] },
  borrower: {
    'rate-lock': ['contracts', 'cost', 'lockedRate'], 'rate-swap': ['allIn'],
    'rate-strip': ['contracts', 'averageRate', 'cost'], 'swap-term': ['allIn', 'par', 'cost'], 'rate-cap': ['premium', 'worstRate', 'cost'],
  },
};

describe('explanation cards', () => {
  it.each(Object.keys(EXPECTED) as PresetName[])('%s: each hedge has its cards, each with title, formula, substituted text and source', (name) => {
    const r = computeMode(PRESETS[name].scenario);
    for (const h of r.hedges) {
      expect(Object.keys(h.explanations).sort(), h.id).toEqual([...EXPECTED[name][h.id]!].sort());
      for (const [key, c] of Object.entries(h.explanations)) {
        for (const part of [c.title, c.formula, c.substituted, c.source]) expect(part.trim().length, `${h.id}.${key}`).toBeGreaterThan(0);
        expect(c.substituted, `${h.id}.${key}`).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });

  it('investor put: the premium card substitutes S, K, r, q, σ, T and states the American method beside the American value', () => {
    const r = computeMode(PRESETS.investor.scenario);
    const c = card(r, 'protective-put', 'premium');
    expect(c.title).toBe('Put premium per share (American)');
    expect(c.formula).toMatch(/^American put: V = European value \+ early-exercise premium/);
    expect(c.formula).toContain('N(−d₂)');
    expect(c.substituted).toContain('S = 62.5, K = 56, r = 3 %, q = 0 %, σ = 45 %');
    expect(c.substituted).toContain(`T = ${(182 / 365).toFixed(4)} y`);
    expect(c.substituted).toMatch(/\(American\)$/);
    expect(c.source).toContain('Hull');
    expect(c.source).toContain('binomial tree');
    const put = r.hedges[0]!.plan!;
    if (put.kind !== 'protective-put') throw new Error('kind');
    const premium = put.extras.premiumPerUnit;
    expect(c.substituted).toContain(`= ${premium.toFixed(4)} per share (American)`);
  });

  it('investor put: the contracts card reads 100 % × 1,200 / 100 → 12', () => {
    const c = card(computeMode(PRESETS.investor.scenario), 'protective-put', 'contracts');
    expect(c.substituted).toBe('100 % × 1,200 / 100 → 12 (nearest); unhedged 0 shares');
  });

  it('a last price alone is used as typed and cited as such', () => {
    const s = PRESETS.investor.scenario;
    const r = computeMode({ ...s, stock: { ...s.stock, putQuote: '4.10' } });
    const c = card(r, 'protective-put', 'premium');
    expect(c.formula).toBe('Your quote’s last price, used for want of a bid or ask');
    expect(c.source).toBe('Your quote');
    expect(c.substituted).toBe('4.1 per share');
    expect(c.substituted).not.toContain('(American)');
  });

  it('european exercise cites Black–Scholes only', () => {
    const s = PRESETS.investor.scenario;
    const c = card(computeMode({ ...s, stock: { ...s.stock, exercise: 'european' } }), 'protective-put', 'premium');
    expect(c.source).not.toContain('binomial');
    expect(c.substituted).not.toContain('(American)');
  });

  it('the cost card adds the cost lines to the total', () => {
    const c = card(computeMode(PRESETS.investor.scenario), 'protective-put', 'cost');
    // 1,200 × 4.3584160 (the put's value from a 128-node, 400-point boundary solution) = 5,230.10.
    expect(c.substituted).toMatch(/^5,230\.1 \+ 18 \+ 3\.6 = 5,251\.7 EUR$/);
  });

  it('collar: the zero-cost call strike card equates both premiums', () => {
    const r = computeMode(PRESETS.investor.scenario);
    const plan = r.hedges.find((h) => h.id === 'collar')!.plan!;
    const c = card(r, 'collar', 'callStrike');
    expect(c.substituted).toContain('put(56) = ');
    if (plan.kind !== 'collar') throw new Error('kind');
    expect(c.substituted).toContain(`call(${plan.extras.callStrike.toFixed(4)})`);
  });

  it('short sale: the borrow card substitutes the fee, the value and the days', () => {
    // The fee reads as a percentage once (the typed "1.0" is parsed, not pasted in front of a second "%").
    const c = card(computeMode(PRESETS.investor.scenario), 'short-sale', 'borrow');
    expect(c.substituted).toBe(`1 % × 75,000 × 182/365 = ${(0.01 * 75_000 * (182 / 365)).toFixed(2)}`);
  });

  it('proxy: the hedge-ratio card substitutes ρ, σ and prices', () => {
    const c = card(computeMode(PRESETS.investor.scenario), 'cross', 'hedgeRatio');
    const h = (0.75 * 0.45 * 62.5) / (0.28 * 820);
    expect(c.substituted).toBe(`h* = 0.75 × (45 % × 62.5) / (28 % × 820) = ${h.toFixed(4)}`);
    expect(card(computeMode(PRESETS.investor.scenario), 'cross', 'contracts').substituted).toBe(`100 % × ${h.toFixed(4)} × 1,200 / 50 = ${Number(((h * 1200) / 50).toFixed(2))} → 2 (nearest)`);
    expect(card(computeMode(PRESETS.investor.scenario), 'cross', 'effectiveness').substituted).toBe('0.75² = 56.25 %');
  });

  it('beta: the contracts card substitutes β*, β, P, F and the multiplier', () => {
    const c = card(computeMode(PRESETS.investor.scenario), 'beta', 'contracts');
    const holdings = PRESETS.investor.scenario.portfolio.holdings;
    const num = (t: string) => Number(t.replace(/,/g, ''));
    const beta = holdings.reduce((a, h) => a + num(h.quantity) * num(h.price) * num(h.beta), 0) / 249_500;
    const exact = (beta * 249_500) / 49_000;
    expect(c.formula).toBe('N* = (β − β*)·P / (F × multiplier), rounded to whole contracts; sold when positive');
    const shown = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 }).format(beta);
    expect(c.substituted).toBe(`(${shown} − 0) × 249,500 / (4,900 × 10) = ${exact.toFixed(2)} → sell ${Math.round(exact)}`);
    expect(c.source).toContain('§3.5');
  });

  it('beta: says how many empty betas were counted as 1', () => {
    const s = PRESETS.investor.scenario;
    const holdings = s.portfolio.holdings.map((h) => (h.id === 'h4' || h.id === 'h5' ? { ...h, beta: '' } : h));
    const c = card(computeMode({ ...s, portfolio: { ...s.portfolio, holdings } }), 'beta', 'contracts');
    expect(c.substituted).toContain('(2 holding(s) without a beta counted as β = 1)');
  });

  it('bakery: contracts 40 t / 50 t = 0.8 → 1, locked price 222 + 0', () => {
    const r = computeMode(PRESETS.bakery.scenario);
    expect(card(r, 'futures', 'contracts').substituted).toBe('N* = 1 × 40 t / 50 t = 0.8 → buy 1 (nearest); unhedged -10 t');
    expect(card(r, 'futures', 'lockedPrice').substituted).toBe('222 + 0 = 222 EUR per t');
    expect(card(r, 'futures', 'margin').substituted).toBe('held in total: 3,120 EUR (stress move 20 %)');
  });

  it('bakery with tailing: the value ratio, applied once (Hull eq. 3.3), no second e^{−rT}', () => {
    const s = PRESETS.bakery.scenario;
    const c = card(computeMode({ ...s, commodity: { ...s.commodity, tailing: true } }), 'futures', 'contracts');
    expect(c.formula).toContain('h·V_A / V_F');
    expect(c.formula).not.toContain('e^{−rT}');
    // 40 t × 215 / (222 × 50) = 0.7748 → 1.
    expect(c.substituted).toBe('N* = 1 × (40 × 215) / (222 × 50) = 0.7748 → buy 1 (nearest)');
  });

  it('importer: the parity card substitutes spot, both rates and T', () => {
    const r = computeMode(PRESETS.importer.scenario);
    const c = card(r, 'fx-forward', 'parityForward');
    const f = 0.92 * Math.exp(-0.02 * (90 / 365));
    expect(c.formula).toBe('F = S·e^{(r_d − r_f)·T}');
    expect(c.substituted).toBe(`F = 0.92 × e^{(2.25 % − 4.25 %) × ${(90 / 365).toFixed(6)}} = ${f.toFixed(6)}`);
    expect(c.source).toContain('covered interest parity');
    expect(card(r, 'fx-forward', 'markup').substituted).toContain('0.9185 vs');
    expect(card(r, 'fx-option', 'premium').substituted).toContain('S = 0.92, K = 0.92, r_d = 2.25 %, r_f = 4.25 %, σ = 8 %');
    expect(card(r, 'fx-option', 'premium').source).toContain('Garman & Kohlhagen');
  });

  it('importer with simple compounding: the money-market formula', () => {
    const s = PRESETS.importer.scenario;
    const c = card(computeMode({ ...s, fx: { ...s.fx, compounding: 'simple' } }), 'fx-forward', 'parityForward');
    expect(c.formula).toBe('F = S·(1 + r_d·T)/(1 + r_f·T)');
  });

  it('borrower: N = 5,000,000 × 0.25 × 0.0001 / 25 = 5 and (100 − 97.6)/100 + 1.5 % = 3.9 %', () => {
    const r = computeMode(PRESETS.borrower.scenario);
    expect(card(r, 'rate-lock', 'contracts').substituted).toBe('N = 5,000,000 × 0.25 × 0.0001 / 25 = 5 → 5 (a 3-month contract on 1,000,000 moves 25 per bp)');
    expect(card(r, 'rate-lock', 'lockedRate').substituted).toBe('(100 − 97.6)/100 + 1.5 % = 3.9 %');
    expect(card(r, 'rate-swap', 'allIn').substituted).toBe('2.45 % + 1.5 % = 3.95 % on 5,000,000 EUR');
  });

  it('cards are built on first read and then kept (a getter), in every mode', () => {
    for (const p of Object.values(PRESETS)) {
      for (const h of computeMode(p.scenario).hedges) {
        const d = Object.getOwnPropertyDescriptor(h, 'explanations');
        expect(d?.get, h.id).toBeTypeOf('function');
        expect(h.explanations).toBe(h.explanations);
      }
    }
  });

  it('a failed stock hedge has no cards', () => {
    const s = PRESETS.investor.scenario;
    const r = computeMode({ ...s, stock: { ...s.stock, spreadLowerStrike: '60' } });
    expect(r.hedges.find((h) => h.id === 'put-spread')!.explanations).toEqual({});
  });
});
