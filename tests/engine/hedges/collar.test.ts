import { describe, expect, it } from 'vitest';
import { Decimal, sum } from '../../../src/engine/money';
import { planCollar } from '../../../src/engine/hedges/collar';
import type { CollarInput } from '../../../src/engine/hedges/collar';
import type { PlanOf } from '../../../src/engine/hedges/plan';
import { priceOption } from '../../../src/engine/pricing/price-option';

function input(price: number, putStrike: number, callStrike: number | undefined, putQuote?: string, callQuote?: string, extra: Partial<CollarInput> = {}): CollarInput {
  return {
    target: { symbol: 'XYZ', quantity: 100, price, currency: 'USD', volAnnual: 0.25, dividendYield: 0 },
    market: { r: 0.05, tenorYears: 0.25 },
    fees: { commissionPerContract: '0', exchangeFeePerContract: '0' },
    sizing: { contractSize: 100 },
    putStrike,
    ...(callStrike === undefined ? {} : { callStrike }),
    ...(putQuote === undefined ? {} : { putPremiumQuote: putQuote }),
    ...(callQuote === undefined ? {} : { callPremiumQuote: callQuote }),
    ...extra,
  };
}

function plan(i: CollarInput): PlanOf<'collar'> {
  const r = planCollar(i);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const dec = (s: string): Decimal => new Decimal(s);

describe('collar: published worked examples (quotes as typed; exact decimal)', () => {
  it('Market Rebellion, "Collar": 100 sh at $50, sell $55 call at $2, buy $45 put at $1 -> credit $1, BE 49, max gain 6, max loss 4', () => {
    // marketrebellion.com/training/collar/ (exact; max gain + max loss = strike difference).
    const p = plan(input(50, 45, 55, '1', '2'));
    const premiums = p.ledger.lines.filter((l) => l.kind === 'premium').map((l) => l.amount.amount.toFixed());
    expect(premiums).toEqual(['100', '-200']);
    expect(p.ledger.totalCost.amount.equals(dec('-100'))).toBe(true);
    expect(p.breakeven).toBe(49);
    expect(p.cap?.amount.equals(dec('5600'))).toBe(true); // 5,000 + 6 × 100
    expect(p.floor?.amount.equals(dec('4600'))).toBe(true); // 5,000 − 4 × 100
  });

  it('Saxo, "Collar option strategy": Apple at $170, buy 160 put at $1, sell 180 call at $3 -> max gain 12, BE 168, max loss 8', () => {
    // home.saxo/en-gb/content/articles/options/collar-option-strategy-18102023 (per share; scenarios 175 -> +7, 165 -> −3).
    const p = plan(input(170, 160, 180, '1', '3'));
    expect(p.cap?.amount.equals(dec('18200'))).toBe(true);
    expect(p.floor?.amount.equals(dec('16200'))).toBe(true);
    expect(p.breakeven).toBe(168);
    expect(p.payoff.hedged(175) - 17000).toBeCloseTo(700, 9);
    expect(p.payoff.hedged(165) - 17000).toBeCloseTo(-300, 9);
  });

  it('Unusual Whales, "Collar": XYZ at $373, $380 call bid 5.35, $365 put ask 5.35 -> $0, max loss $800, max profit $700', () => {
    // unusualwhales.com/option-strategies/collar (exact).
    const p = plan(input(373, 365, 380, '5.35', '5.35'));
    expect(p.ledger.totalCost.amount.isZero()).toBe(true);
    expect(p.floor?.amount.equals(dec('36500'))).toBe(true);
    expect(p.cap?.amount.equals(dec('38000'))).toBe(true);
  });

  it('Motley Fool, "What is a protective collar": stock $50, $55 call and $45 put both $1.50 -> zero cost, max loss $5', () => {
    // fool.com/investing/options/what-is-a-protective-collar.aspx (per share, exact).
    const p = plan(input(50, 45, 55, '1.50', '1.50'));
    expect(p.extras.netPremiumPerUnit).toBe(0);
    expect(p.floor?.amount.equals(dec('4500'))).toBe(true);
    expect(p.cap?.amount.equals(dec('5500'))).toBe(true);
    expect(p.breakeven).toBe(50);
  });
});

describe('zero-cost collar solver', () => {
  for (const exercise of ['european', 'american'] as const) {
    it(`${exercise}: net premium 0 within 1e-8 per unit, call strike round-trips through priceOption`, () => {
      const p = plan(input(100, 90, undefined, undefined, undefined, { solveZeroCost: true, exercise, target: { symbol: 'XYZ', quantity: 1000, price: 100, currency: 'USD', volAnnual: 0.3, dividendYield: 0.02 } }));
      const k = p.extras.callStrike;
      expect(k).toBeGreaterThan(100);
      expect(Math.abs(p.extras.netPremiumPerUnit)).toBeLessThan(1e-8);
      const put = priceOption({ type: 'put', exercise, spot: 100, strike: 90, r: 0.05, q: 0.02, t: 0.25, vol: 0.3 });
      const call = priceOption({ type: 'call', exercise, spot: 100, strike: k, r: 0.05, q: 0.02, t: 0.25, vol: 0.3 });
      expect(put.ok && call.ok).toBe(true);
      if (put.ok && call.ok) expect(Math.abs(call.value.price - put.value.price)).toBeLessThan(1e-8);
      expect(p.extras.zeroCostSolved).toBe(true);
      // Independent check on the ledger: the premium lines cancel to within 1e-8 × 1,000 units.
      const premiums = sum(p.ledger.lines.filter((l) => l.kind === 'premium').map((l) => l.amount), 'USD');
      expect(premiums.amount.abs().toNumber()).toBeLessThan(1e-5);
    });
  }

  it('finances a typed put quote with a model-priced call', () => {
    const p = plan(input(100, 95, undefined, '2.10', undefined, { solveZeroCost: true, exercise: 'european' }));
    expect(Math.abs(p.extras.callPremiumPerUnit - 2.1)).toBeLessThan(1e-8);
    expect(p.extras.putPremiumSource).toBe('quote');
  });

  // Independent check of the zero-cost strike when the dividend yield exceeds the rate: a test-local
  // closed-form Black–Scholes–Merton with yield q (Hull OFOD §17.4, eqs. 17.4–17.5), its normal CDF by
  // Marsaglia's series (J. Stat. Software 11(4), 2004), validated first against published values.
  const phi = (x: number): number => {
    if (x < -8) return 0;
    if (x > 8) return 1;
    let sum = x;
    let term = x;
    for (let i = 3; Math.abs(term) > 1e-17 * Math.abs(sum) || i < 7; i += 2) { term *= (x * x) / i; sum += term; }
    return 0.5 + sum * Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
  };
  const bsm = (type: 'call' | 'put', s: number, k: number, r: number, q: number, t: number, v: number): number => {
    const d1 = (Math.log(s / k) + (r - q + (v * v) / 2) * t) / (v * Math.sqrt(t));
    const d2 = d1 - v * Math.sqrt(t);
    return type === 'call'
      ? s * Math.exp(-q * t) * phi(d1) - k * Math.exp(-r * t) * phi(d2)
      : k * Math.exp(-r * t) * phi(-d2) - s * Math.exp(-q * t) * phi(-d1);
  };

  it('the test-local closed form reproduces Hull Example 15.6 and Haug (QuantLib europeanoption.cpp)', () => {
    // Hull OFOD Example 15.6: S 42, K 40, r 10 %, σ 20 %, T 0.5 -> c = 4.76, p = 0.81 (2 d.p.).
    expect(bsm('call', 42, 40, 0.1, 0, 0.5, 0.2)).toBeCloseTo(4.7594, 4);
    expect(bsm('put', 42, 40, 0.1, 0, 0.5, 0.2)).toBeCloseTo(0.8086, 4);
    // Haug (1998) via QuantLib's table: call K 65, S 60, q 0, r 8 %, T 0.25, σ 30 % = 2.1334;
    // put K 95, S 100, q 5 %, r 10 %, T 0.5, σ 20 % = 2.4648 (tolerance 1e-4).
    expect(bsm('call', 60, 65, 0.08, 0, 0.25, 0.3)).toBeCloseTo(2.1334, 4);
    expect(bsm('put', 100, 95, 0.1, 0.05, 0.5, 0.2)).toBeCloseTo(2.4648, 4);
  });

  it('q above r: a 90 put, q = 8 %, r = 0 has a zero-cost call strike ≈ 95.07, below spot', () => {
    const p = plan(input(100, 90, undefined, undefined, undefined, {
      solveZeroCost: true, exercise: 'european', market: { r: 0, tenorYears: 1 },
      target: { symbol: 'XYZ', quantity: 100, price: 100, currency: 'USD', volAnnual: 0.2, dividendYield: 0.08 },
    }));
    const k = p.extras.callStrike;
    expect(k).toBeLessThan(100);
    expect(k).toBeCloseTo(95.07, 2);
    // Both legs priced by the independent closed form cost the same to 1e-7 per unit.
    expect(Math.abs(bsm('call', 100, k, 0, 0.08, 1, 0.2) - bsm('put', 100, 90, 0, 0.08, 1, 0.2))).toBeLessThan(1e-7);
  });

  it('a clear error when no call strike can pay for the put', () => {
    // A put strike far above spot: even a call struck at the put strike is worth less than the put.
    const r = planCollar(input(100, 180, undefined, undefined, undefined, { solveZeroCost: true }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.field).toBe('solveZeroCost');
      expect(r.errors[0]?.message).toMatch(/No call strike/);
    }
  });
});

describe('collar: validation and ledger', () => {
  it('call strike below the put strike, missing call strike and bad flags are named', () => {
    const below = planCollar(input(100, 95, 90));
    expect(!below.ok && below.errors.map((e) => e.field)).toEqual(['callStrike']);
    const missing = planCollar(input(100, 95, undefined));
    expect(!missing.ok && missing.errors.map((e) => e.field)).toEqual(['callStrike']);
    const flag = planCollar({ ...input(100, 95, 110), solveZeroCost: 'yes' as never });
    expect(!flag.ok && flag.errors.map((e) => e.field)).toEqual(['solveZeroCost']);
  });

  it('fees are charged on both legs and the total is the exact sum of the lines', () => {
    const p = plan(input(50, 45, 55, '1', '2', { fees: { commissionPerContract: '0.65', exchangeFeePerContract: '0.03' } }));
    const total = sum(p.ledger.lines.map((l) => l.amount), 'USD');
    expect(p.ledger.totalCost.amount.equals(total.amount)).toBe(true);
    expect(p.ledger.lines.find((l) => l.kind === 'commission')?.amount.amount.toFixed()).toBe('1.3');
    expect(p.ledger.totalCost.amount.toFixed()).toBe('-98.64');
  });
});
