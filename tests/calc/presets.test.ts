/**
 * Every worked example computes cleanly, and the figures a user can check by hand match hand
 * arithmetic done here from the preset's own typed text (Hull, chs. 3, 5, 6, 10).
 */
import { describe, expect, it } from 'vitest';
import { Decimal, toNumber } from '../../src/engine/money';
import type { HedgePlan } from '../../src/engine';
import { computeMode } from '../../src/calc/calculate';
import type { HedgeResult, ModeResult } from '../../src/calc/types';
import { PRESETS } from '../../src/state/presets';
import type { PresetName } from '../../src/state/presets';
import type { Scenario } from '../../src/state/scenario';

/** '1,200' -> 1200 (the presets type thousands separators as a user would). */
const n = (text: string) => Number(text.replace(/,/g, ''));

function hedge(r: ModeResult, id: string): HedgeResult {
  const h = r.hedges.find((x) => x.id === id);
  if (h === undefined) throw new Error(`no hedge ${id}`);
  return h;
}

/** The kind's typed extras, read by name (tests only). */
const ex = (p: HedgePlan) => (p as unknown as { extras: Record<string, number> }).extras;

function planOf(r: ModeResult, id: string) {
  const p = hedge(r, id).plan;
  if (p === null) throw new Error(`hedge ${id} has no plan`);
  return p;
}

const NAMES = Object.keys(PRESETS) as PresetName[];

describe('presets compute cleanly', () => {
  it('has the four worked examples', () => {
    expect(NAMES.sort()).toEqual(['bakery', 'borrower', 'importer', 'investor']);
  });

  it.each(NAMES)('%s: no field errors, every hedge has a plan, the mode matches the preset', (name) => {
    const s = PRESETS[name].scenario;
    const r = computeMode(s);
    expect(r.mode).toBe(s.prefs.mode);
    expect(r.fieldErrors).toEqual({});
    expect(r.hedges.length).toBeGreaterThan(0);
    for (const h of r.hedges) {
      expect(h.errors, h.id).toEqual([]);
      expect(h.plan, h.id).not.toBeNull();
      // The ledger total is exactly the sum of its cost lines (decimal, not float).
      const costLines = h.plan!.ledger.lines.filter((l) => l.nature === 'cost');
      const sum = costLines.reduce((acc, l) => acc.plus(l.amount.amount), new Decimal(0));
      expect(sum.equals(h.plan!.ledger.totalCost.amount), h.id).toBe(true);
    }
    expect(r.currency).toMatch(/^[A-Z]{3}$/);
    expect(r.horizonYears).not.toBeNull();
  });

  it('lists the investor hedges in comparison order', () => {
    const r = computeMode(PRESETS.investor.scenario);
    expect(r.hedges.map((h) => h.id)).toEqual(['protective-put', 'collar', 'put-spread', 'short-sale', 'cross', 'beta']);
    expect(r.hedges.map((h) => h.name)).toEqual([
      'Protective put',
      'Zero-cost collar',
      'Put spread',
      'Short sale',
      'Proxy: Euro Stoxx Technology futures',
      'Macro: Euro Stoxx 50 futures on the whole portfolio',
    ]);
  });
});

describe('investor: figures by hand', () => {
  const s = PRESETS.investor.scenario;
  const r = computeMode(s);
  const target = s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId)!;

  it('buys 1,200 shares / 100 per contract = 12 put contracts, nothing unhedged', () => {
    const shares = n(target.quantity);
    const perContract = n(s.stock.contractSize);
    expect(shares / perContract).toBe(12);
    for (const id of ['protective-put', 'collar', 'put-spread']) {
      const p = planOf(r, id);
      expect(p.legs[0]!.side).toBe('buy');
      expect(p.legs[0]!.contracts).toBe(12);
      expect(p.legs[0]!.contractSize).toBe(100);
      expect(p.legs[0]!.strike).toBe(n(s.stock.putStrike));
      expect(p.unhedgedQuantity).toBe(0);
    }
    expect(planOf(r, 'put-spread').legs[1]!.strike).toBe(n(s.stock.spreadLowerStrike));
  });

  it('charges commission and exchange fee per contract in the ledger (12 × 1.50, 12 × 0.30)', () => {
    const lines = planOf(r, 'protective-put').ledger.lines;
    expect(toNumber(lines.find((l) => l.kind === 'commission')!.amount)).toBeCloseTo(12 * 1.5, 12);
    expect(toNumber(lines.find((l) => l.kind === 'exchange-fee')!.amount)).toBeCloseTo(12 * 0.3, 12);
  });

  it('shorts the whole position: 1,200 shares worth 1,200 × 62.50, borrow fee 1 % × value × 182/365', () => {
    const p = planOf(r, 'short-sale');
    const value = n(target.quantity) * n(target.price);
    expect(ex(p).unitsShorted).toBe(1200);
    expect(ex(p).shortValue).toBeCloseTo(value, 9);
    expect(ex(p).borrowFee).toBeCloseTo(0.01 * value * (182 / 365), 9);
    // 50 % initial margin is held, not spent.
    const held = p.ledger.lines.filter((l) => l.kind === 'initial-margin');
    expect(toNumber(held[0]!.amount)).toBeCloseTo(0.5 * value, 9);
    expect(held[0]!.nature).toBe('held');
  });

  it('proxy hedge: h* = ρ·σS·S/(σF·F), N* = h*·Q/size', () => {
    const p = planOf(r, 'cross');
    const h = (0.75 * 0.45 * 62.5) / (0.28 * 820);
    expect(ex(p).minVarianceRatio).toBeCloseTo(h, 12);
    expect(ex(p).exactContracts).toBeCloseTo((h * 1200) / 50, 10);
    expect(ex(p).contracts).toBe(Math.round((h * 1200) / 50));
    expect(ex(p).effectiveness).toBeCloseTo(0.75 ** 2, 12);
  });

  it('beta hedge: N* = (β* − β)·P/(F·m) with P and β recomputed from the holdings', () => {
    const holdings = s.portfolio.holdings;
    const P = holdings.reduce((acc, h) => acc + n(h.quantity) * n(h.price), 0);
    const beta = holdings.reduce((acc, h) => acc + n(h.quantity) * n(h.price) * (h.beta === '' ? 1 : n(h.beta)), 0) / P;
    expect(P).toBe(249_500);
    const exact = ((n(s.stock.targetBeta) - beta) * P) / (n(s.stock.indexFuturesPrice) * n(s.stock.indexMultiplier));
    const p = planOf(r, 'beta');
    // Contracts are reported unsigned; the side says sell (β* < β).
    expect(ex(p).exactContracts).toBeCloseTo(Math.abs(exact), 10);
    expect(ex(p).contracts).toBe(Math.abs(Math.round(exact)));
    expect(p.legs[0]!.side).toBe('sell');
    expect(p.legs[0]!.contracts).toBe(Math.abs(Math.round(exact)));
    expect(p.legs[0]!.contractSize).toBe(10);
    expect(r.restOfPortfolioValue).toBeCloseTo(P - 1200 * 62.5, 9);
  });

  it('beta hedge counts an empty beta as 1', () => {
    const holdings = s.portfolio.holdings.map((h) => (h.id === 'h5' ? { ...h, beta: '' } : h));
    const changed: Scenario = { ...s, portfolio: { ...s.portfolio, holdings } };
    const P = holdings.reduce((acc, h) => acc + n(h.quantity) * n(h.price), 0);
    const beta = holdings.reduce((acc, h) => acc + n(h.quantity) * n(h.price) * (h.beta === '' ? 1 : n(h.beta)), 0) / P;
    const exact = ((0 - beta) * P) / (4900 * 10);
    const p = planOf(computeMode(changed), 'beta');
    expect(ex(p).exactContracts).toBeCloseTo(Math.abs(exact), 10);
    // 500 × 58 at β = 1 instead of its typed beta changes the contracts by (1 − β₅)·29,000 / 49,000.
    const b5 = n(s.portfolio.holdings.find((h) => h.id === 'h5')!.beta);
    expect(ex(p).exactContracts! - ex(planOf(r, 'beta')).exactContracts!).toBeCloseTo(((1 - b5) * 29_000) / 49_000, 10);
  });

  it('reads the horizon as calendar days / 365 and the spot as the target price', () => {
    expect(r.horizonYears).toBeCloseTo(182 / 365, 15);
    const axis = planOf(r, 'protective-put').axis;
    expect(axis.today).toBe(62.5);
    expect(axis.kind).toBe('price');
  });
});

describe('bakery: futures lock-in by hand', () => {
  const s = PRESETS.bakery.scenario;
  const r = computeMode(s);
  const p = planOf(r, 'futures');

  it('40 t / 50 t rounded to nearest = 1 contract bought, remainder 40 − 50 = −10 t', () => {
    expect(n(s.commodity.quantity) / n(s.commodity.contractSize)).toBe(0.8);
    expect(ex(p).exactContracts).toBeCloseTo(0.8, 12);
    expect(p.legs).toHaveLength(1);
    expect(p.legs[0]!.side).toBe('buy');
    expect(p.legs[0]!.contracts).toBe(1);
    expect(p.legs[0]!.contractSize).toBe(50);
    expect(p.unhedgedQuantity).toBe(40 - 50);
  });

  it('locks the futures price plus the expected basis (222 + 0)', () => {
    expect(ex(p).lockedPrice).toBe(222);
  });

  it('costs one commission and one exchange fee; margin is held', () => {
    expect(toNumber(p.ledger.totalCost)).toBeCloseTo(2.5 + 0.6, 12);
    const im = p.ledger.lines.find((l) => l.kind === 'initial-margin')!;
    expect(im.nature).toBe('held');
    expect(toNumber(im.amount)).toBe(900);
    // Stress variation margin: 1 contract × 50 t × 222 × 20 %.
    expect(toNumber(p.ledger.lines.find((l) => l.kind === 'variation-margin')!.amount)).toBeCloseTo(50 * 222 * 0.2, 9);
  });

  it('rounding down buys nothing and rounding up one contract', () => {
    const down = computeMode({ ...s, commodity: { ...s.commodity, rounding: 'down' } });
    const d = planOf(down, 'futures');
    // 0.8 rounded down: no contract, the whole 40 t stays open, nothing is spent.
    expect(d.legs.reduce((a, l) => a + l.contracts, 0)).toBe(0);
    expect(d.unhedgedQuantity).toBe(40);
    expect(toNumber(d.ledger.totalCost)).toBe(0);
    const up = planOf(computeMode({ ...s, commodity: { ...s.commodity, rounding: 'up' } }), 'futures');
    expect(up.legs[0]!.contracts).toBe(1);
  });
});

describe('importer: FX by hand', () => {
  const s = PRESETS.importer.scenario;
  const r = computeMode(s);

  it('parity forward = 0.92 · e^{(0.0225 − 0.0425) · 90/365}', () => {
    const expected = 0.92 * Math.exp((0.0225 - 0.0425) * (90 / 365));
    expect(ex(planOf(r, 'fx-forward')).parityForward).toBeCloseTo(expected, 12);
  });

  it('simple compounding: 0.92 · (1 + 0.0225 T)/(1 + 0.0425 T)', () => {
    const t = 90 / 365;
    const simple = computeMode({ ...s, fx: { ...s.fx, compounding: 'simple' } });
    expect(ex(planOf(simple, 'fx-forward')).parityForward).toBeCloseTo((0.92 * (1 + 0.0225 * t)) / (1 + 0.0425 * t), 12);
  });

  it("the bank's markup for a payable is bank − parity, on USD 180,000", () => {
    const m = ex(planOf(r, 'fx-forward')).bankQuote as unknown as Record<string, number>;
    const parity = 0.92 * Math.exp(-0.02 * (90 / 365));
    expect(m.bankForward).toBe(0.9185);
    expect(m.impliedMarkup).toBeCloseTo(0.9185 - parity, 12);
    expect(m.impliedMarkupAmount).toBeCloseTo((0.9185 - parity) * 180_000, 6);
  });

  it('a payable is hedged by buying USD forward and a USD call', () => {
    const fwd = planOf(r, 'fx-forward');
    expect(fwd.legs[0]!.side).toBe('buy');
    expect(fwd.legs[0]!.contracts * fwd.legs[0]!.contractSize).toBe(180_000);
    expect(hedge(r, 'fx-option').name).toBe('FX call option');
    const recv = computeMode({ ...s, fx: { ...s.fx, side: 'receivable' } });
    expect(hedge(recv, 'fx-option').name).toBe('FX put option');
  });

  it('labels the axis with the pair', () => {
    expect(r.currency).toBe('EUR');
    const axis = planOf(r, 'fx-forward').axis;
    expect(axis.kind).toBe('fx-rate');
    expect(axis.today).toBe(0.92);
    expect(r.horizonYears).toBeCloseTo(90 / 365, 15);
  });
});

describe('borrower: rate lock by hand', () => {
  const s = PRESETS.borrower.scenario;
  const r = computeMode(s);

  it('5,000,000 × 0.25 × 0.0001 / 25 = 5 contracts sold', () => {
    const exact = (n(s.rate.principal) * (n(s.rate.loanMonths) / 12) * 0.0001) / n(s.rate.bpValue);
    expect(exact).toBe(5);
    const p = planOf(r, 'rate-lock');
    expect(ex(p).exactContracts).toBeCloseTo(exact, 12);
    expect(ex(p).contracts).toBe(5);
    expect(p.legs[0]!.side).toBe('sell');
    expect(p.legs[0]!.contracts).toBe(5);
  });

  it('locked rate = (100 − 97.60)/100 + 1.5 % = 3.9 %', () => {
    expect(ex(planOf(r, 'rate-lock')).lockedRate).toBeCloseTo((100 - 97.6) / 100 + 0.015, 12);
    expect(ex(planOf(r, 'rate-lock')).lockedRate).toBeCloseTo(0.039, 12);
    const axis = planOf(r, 'rate-lock').axis;
    expect(axis.today).toBeCloseTo(0.024, 12);
    expect(axis.kind).toBe('rate');
  });

  it('payer swap: all-in fixed = 2.45 % + 1.5 %', () => {
    expect(ex(planOf(r, 'rate-swap')).allInFixedRate).toBeCloseTo(0.0395, 12);
  });

  it('costs 5 × 2.00 commission; 5 × 600 margin is held', () => {
    const ledger = planOf(r, 'rate-lock').ledger;
    expect(toNumber(ledger.totalCost)).toBe(10);
    expect(toNumber(ledger.totalHeld)).toBe(3000);
  });
});
