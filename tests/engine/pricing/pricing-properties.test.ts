import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceEuropean } from '../../../src/engine/pricing/european';
import { impliedVol, priceOption } from '../../../src/engine/pricing/price-option';
import type { ImpliedVolInput, OptionInput } from '../../../src/engine/pricing/price-option';
import type { ModelParams } from '../../../src/engine/pricing/types';

const RUNS = { numRuns: 300 };
const num = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const market = fc.record({
  spot: num(1, 1000),
  strike: num(1, 1000),
  r: num(-0.05, 0.2),
  q: num(-0.02, 0.15),
  t: num(0.005, 10),
  vol: num(0.01, 2),
});
type Market = { spot: number; strike: number; r: number; q: number; t: number; vol: number };
const params = (m: Market, type: 'call' | 'put', patch: Partial<ModelParams> = {}): ModelParams => ({
  type, spot: m.spot, strike: m.strike, r: m.r, b: m.r - m.q, t: m.t, vol: m.vol, ...patch,
});
/** Rounding allowance for sums of terms of size S and K: a few hundred ulps. */
const slack = (m: Market) => 512 * Number.EPSILON * (m.spot * Math.exp(-m.q * m.t) + m.strike * Math.exp(-m.r * m.t));

describe('laws of European prices (Hull ch. "Properties of Stock Options"; Haug 2nd ed. §1.1.6)', () => {
  it('put–call parity with a yield: c − p = S·e^{−qt} − K·e^{−rt}', () => {
    fc.assert(fc.property(market, (m) => {
      const c = priceEuropean(params(m, 'call')).price;
      const p = priceEuropean(params(m, 'put')).price;
      expect(Math.abs(c - p - (m.spot * Math.exp(-m.q * m.t) - m.strike * Math.exp(-m.r * m.t)))).toBeLessThanOrEqual(slack(m));
    }), RUNS);
  });

  it('put–call parity for Black-76: c − p = e^{−rt}·(F − K)', () => {
    fc.assert(fc.property(market, (m) => {
      const c = priceEuropean(params(m, 'call', { b: 0 }), 'black76').price;
      const p = priceEuropean(params(m, 'put', { b: 0 }), 'black76').price;
      expect(Math.abs(c - p - Math.exp(-m.r * m.t) * (m.spot - m.strike))).toBeLessThanOrEqual(slack({ ...m, q: m.r }));
    }), RUNS);
  });

  it('calls fall and puts rise with the strike', () => {
    fc.assert(fc.property(market, num(0.001, 50), (m, dk) => {
      for (const type of ['call', 'put'] as const) {
        const low = priceEuropean(params(m, type)).price;
        const high = priceEuropean(params(m, type, { strike: m.strike + dk })).price;
        if (type === 'call') expect(high).toBeLessThanOrEqual(low + slack(m));
        else expect(high).toBeGreaterThanOrEqual(low - slack(m));
      }
    }), RUNS);
  });

  it('both rise with volatility', () => {
    fc.assert(fc.property(market, num(0.001, 1), (m, dv) => {
      for (const type of ['call', 'put'] as const) {
        const low = priceEuropean(params(m, type)).price;
        const high = priceEuropean(params(m, type, { vol: m.vol + dv })).price;
        expect(high).toBeGreaterThanOrEqual(low - slack(m));
      }
    }), RUNS);
  });

  it('stays within the no-arbitrage bounds, and Greeks have their signs', () => {
    fc.assert(fc.property(market, (m) => {
      const sNet = m.spot * Math.exp(-m.q * m.t);
      const kNet = m.strike * Math.exp(-m.r * m.t);
      const c = priceEuropean(params(m, 'call'));
      const p = priceEuropean(params(m, 'put'));
      expect(c.price).toBeGreaterThanOrEqual(Math.max(sNet - kNet, 0) - slack(m));
      expect(c.price).toBeLessThanOrEqual(sNet + slack(m));
      expect(p.price).toBeGreaterThanOrEqual(Math.max(kNet - sNet, 0) - slack(m));
      expect(p.price).toBeLessThanOrEqual(kNet + slack(m));
      expect(c.delta).toBeGreaterThanOrEqual(0);
      expect(p.delta).toBeLessThanOrEqual(0);
      expect(c.gamma).toBeGreaterThanOrEqual(0);
      expect(c.vega).toBeGreaterThanOrEqual(0);
    }), RUNS);
  });

  it('impliedVol inverts the price wherever the price resolves σ to 1e-9', () => {
    fc.assert(fc.property(market, fc.constantFrom('call' as const, 'put' as const), (m, type) => {
      const v = priceEuropean(params(m, type));
      const resolution = (64 * Number.EPSILON * Math.max(v.price, m.spot, m.strike)) / v.vega;
      fc.pre(resolution < 1e-9);
      const r = impliedVol({ type, spot: m.spot, strike: m.strike, r: m.r, q: m.q, t: m.t, price: v.price });
      expect(r.ok && Math.abs(r.value - m.vol)).toBeLessThanOrEqual(1e-8);
    }), RUNS);
  });
});

/** Anything a form, a share link or a corrupted saved state could hold. */
const junk = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, 5e-324, null, undefined, '', 'call', 'put', 'american', 'black76', true),
  fc.string(),
  fc.array(fc.double(), { maxLength: 2 }),
);
const field = (good: fc.Arbitrary<unknown>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: junk });
const looseInput = fc.record({
  type: field(fc.constantFrom('call', 'put')),
  exercise: field(fc.constantFrom('european', 'american', undefined)),
  model: field(fc.constantFrom('bsm', 'black76', undefined)),
  spot: field(fc.double({ min: 1e-12, max: 1e12, noNaN: true })),
  strike: field(fc.double({ min: 1e-12, max: 1e12, noNaN: true })),
  r: field(num(-1, 1)),
  q: field(fc.constantFrom(undefined, 0, 0.03, -0.5, 1)),
  t: field(num(0, 100)),
  vol: field(num(0, 10)),
  price: field(fc.double({ min: 0, max: 1e12, noNaN: true })),
});

describe('no input breaks the entry points', () => {
  it('priceOption never throws and never returns a non-finite number in an ok result', () => {
    fc.assert(fc.property(fc.oneof(looseInput, fc.anything()), (input) => {
      const r = priceOption(input as OptionInput);
      if (r.ok) for (const v of Object.values(r.value)) expect(Number.isFinite(v)).toBe(true);
      else expect(r.errors.length).toBeGreaterThan(0);
    }), { numRuns: 400 });
  });

  it('impliedVol never throws and returns only finite, non-negative volatilities', () => {
    fc.assert(fc.property(fc.oneof(looseInput, fc.anything()), (input) => {
      const r = impliedVol(input as ImpliedVolInput);
      if (r.ok) {
        expect(Number.isFinite(r.value)).toBe(true);
        expect(r.value).toBeGreaterThan(0);
      } else {
        for (const e of r.errors) expect(typeof e.message).toBe('string');
      }
    }), { numRuns: 400 });
  });
});
