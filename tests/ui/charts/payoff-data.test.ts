import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPayoffChart, paddedDomain, type PayoffChartData, type PayoffChartInput } from '../../../src/ui/charts/payoff-data';
import { optionExpiryYears, payoffInputFromPlan } from '../../../src/ui/charts/plan-chart';
import { describePayoffChart } from '../../../src/ui/charts/payoff-summary';
import type { HedgePlan } from '../../../src/engine';
import { money, zero } from '../../../src/engine/money';

// Protective put on 100 shares: strike 95, premium 3 per share, spot 100.
const QTY = 100;
const unhedged = (s: number) => QTY * s;
const hedged = (s: number) => QTY * Math.max(s, 95) - QTY * 3;
const PUT: PayoffChartInput = {
  unhedged,
  hedged,
  hedgedAt: (s, t) => hedged(s) + 1000 * (0.5 - t),
  priceRange: [60, 140],
  reference: { spot: 100, strikes: [95], floor: 9200, breakeven: 103 },
};

function allFinite(data: PayoffChartData): boolean {
  const rows = [...data.rows, ...data.tableRows];
  const values = rows.flatMap((r) => [r.x, r.unhedged, r.hedged, r.hedgedAtDate ?? 0, r.bandLow ?? 0, r.bandHigh ?? 0]);
  return [...values, ...data.xDomain, ...data.yDomain, ...data.referenceLines.map((l) => l.value)].every(Number.isFinite);
}

describe('buildPayoffChart', () => {
  it('samples about 121 points over the range, in order, with finite values', () => {
    const data = buildPayoffChart(PUT);
    expect(data.rows.length).toBeGreaterThanOrEqual(121);
    expect(data.rows.length).toBeLessThanOrEqual(124);
    expect(data.rows[0]!.x).toBe(60);
    expect(data.rows.at(-1)!.x).toBe(140);
    for (let i = 1; i < data.rows.length; i++) expect(data.rows[i]!.x).toBeGreaterThan(data.rows[i - 1]!.x);
    expect(allFinite(data)).toBe(true);
    expect(data.xDomain).toEqual([60, 140]);
  });

  it('includes the exact kinks (strike, spot, breakeven, extra kinks) so the corner is sharp', () => {
    const data = buildPayoffChart({ ...PUT, points: 7, kinks: [71.3] });
    const xs = data.rows.map((r) => r.x);
    for (const k of [95, 100, 103, 71.3]) expect(xs).toContain(k);
    const atStrike = data.rows.find((r) => r.x === 95)!;
    expect(atStrike.hedged).toBe(9200);
    expect(atStrike.unhedged).toBe(9500);
  });

  it('keeps an exact kink rather than an almost-equal evenly spaced sample', () => {
    const data = buildPayoffChart({ ...PUT, priceRange: [0, 3], points: 4, reference: { strikes: [1 + 1e-12] } });
    const xs = data.rows.map((r) => r.x);
    expect(xs).toContain(1 + 1e-12);
    expect(xs).not.toContain(1);
  });

  it('adds the rest of the portfolio to every curve and to floor/cap only when showPortfolio is on', () => {
    const base = buildPayoffChart({ ...PUT, restOfPortfolioValue: 50_000 });
    const withPortfolio = buildPayoffChart({ ...PUT, restOfPortfolioValue: 50_000, showPortfolio: true, yearsFromNow: 0.25 });
    const without = buildPayoffChart({ ...PUT, yearsFromNow: 0.25 });
    expect(base.showsPortfolio).toBe(false);
    expect(withPortfolio.showsPortfolio).toBe(true);
    withPortfolio.rows.forEach((row, i) => {
      const plain = without.rows[i]!;
      expect(row.x).toBe(plain.x);
      expect(row.unhedged).toBeCloseTo(plain.unhedged + 50_000, 9);
      expect(row.hedged).toBeCloseTo(plain.hedged + 50_000, 9);
      expect(row.hedgedAtDate).toBeCloseTo(plain.hedgedAtDate! + 50_000, 9);
    });
    const floor = withPortfolio.referenceLines.find((l) => l.kind === 'floor')!;
    expect(floor.value).toBe(59_200);
    expect(withPortfolio.yDomain[0]).toBeGreaterThan(50_000);
    // x reference lines are prices: unchanged by the portfolio toggle.
    expect(withPortfolio.referenceLines.find((l) => l.kind === 'spot')!.value).toBe(100);
  });

  it('ignores showPortfolio without a finite rest-of-portfolio value', () => {
    const data = buildPayoffChart({ ...PUT, showPortfolio: true, restOfPortfolioValue: Number.NaN });
    expect(data.showsPortfolio).toBe(false);
    expect(data.rows[0]!.unhedged).toBe(6000);
  });

  it('uses hedgedAt only when yearsFromNow is given', () => {
    expect(buildPayoffChart(PUT).hasDateCurve).toBe(false);
    expect(buildPayoffChart(PUT).rows.every((r) => r.hedgedAtDate === undefined)).toBe(true);
    const data = buildPayoffChart({ ...PUT, yearsFromNow: 0.1 });
    expect(data.hasDateCurve).toBe(true);
    const row = data.rows.find((r) => r.x === 100)!;
    expect(row.hedgedAtDate).toBeCloseTo(hedged(100) + 400, 9);
    expect(data.tableRows.every((r) => r.hedgedAtDate !== undefined)).toBe(true);
    // A linear hedge has no hedgedAt: no date curve whatever the date.
    const { hedgedAt: _omit, ...linear } = PUT;
    expect(buildPayoffChart({ ...linear, yearsFromNow: 0.1 }).hasDateCurve).toBe(false);
  });

  it('returns labelled reference lines for today, strikes, breakeven, floor and cap', () => {
    const data = buildPayoffChart({
      ...PUT,
      currency: 'USD',
      reference: { spot: 100, strikes: [95, 110, 95], floor: 9200, cap: 10800, breakeven: 103 },
      formatX: (x) => `${x} $/sh`,
    });
    const byKind = (k: string) => data.referenceLines.filter((l) => l.kind === k);
    expect(byKind('spot')).toEqual([expect.objectContaining({ axis: 'x', value: 100, label: 'Today 100 $/sh' })]);
    expect(byKind('strike').map((l) => l.value)).toEqual([95, 110]);
    expect(byKind('breakeven')[0]).toMatchObject({ axis: 'x', value: 103, label: 'Breakeven 103 $/sh' });
    expect(byKind('floor')[0]).toMatchObject({ axis: 'y', value: 9200 });
    expect(byKind('floor')[0]!.label).toMatch(/^Floor .*9,200\.00/);
    expect(byKind('cap')[0]).toMatchObject({ axis: 'y', value: 10800 });
    expect(new Set(data.referenceLines.map((l) => l.key)).size).toBe(data.referenceLines.length);
    // The y-domain holds the curves and the floor/cap lines.
    expect(data.yDomain[0]).toBeLessThanOrEqual(6000);
    expect(data.yDomain[1]).toBeGreaterThanOrEqual(14_000);
  });

  it('drops reference prices outside the range but keeps floor and cap', () => {
    const data = buildPayoffChart({ ...PUT, reference: { spot: 500, strikes: [10], floor: 1 } });
    expect(data.referenceLines.map((l) => l.kind)).toEqual(['floor']);
    expect(data.yDomain[0]).toBeLessThanOrEqual(1);
  });

  it('builds a short table of evenly spaced prices plus the kinks, marking them', () => {
    const data = buildPayoffChart(PUT);
    const xs = data.tableRows.map((r) => r.x);
    expect(xs).toEqual([60, 68, 76, 84, 92, 95, 100, 103, 108, 116, 124, 132, 140]);
    expect(data.tableRows.find((r) => r.x === 100)!.marks).toEqual(['spot']);
    expect(data.tableRows.find((r) => r.x === 95)!.marks).toEqual(['strike']);
    expect(data.tableRows.find((r) => r.x === 60)!.marks).toEqual([]);
    expect(buildPayoffChart({ ...PUT, tablePoints: 21 }).tableRows.length).toBe(23);
  });

  it('drops rows where a curve is NaN, infinite or throws, and leaves out bad optional values', () => {
    const data = buildPayoffChart({
      unhedged: (s) => (s < 0 ? Number.NaN : s),
      hedged: (s) => {
        if (s > 8) throw new Error('boom');
        return s === 5 ? Number.POSITIVE_INFINITY : s;
      },
      hedgedAt: (s) => (s > 2 ? Number.NEGATIVE_INFINITY : s),
      band: (s) => (s > 3 ? [Number.NaN, s] : [s + 1, s - 1]),
      priceRange: [-2, 10],
      points: 13,
      yearsFromNow: 0.2,
    });
    expect(data.rows.map((r) => r.x)).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
    expect(allFinite(data)).toBe(true);
    expect(data.rows.find((r) => r.x === 3)!.hedgedAtDate).toBeUndefined();
    expect(data.rows.find((r) => r.x === 2)!.hedgedAtDate).toBe(2);
    expect(data.rows.find((r) => r.x === 2)).toMatchObject({ bandLow: 1, bandHigh: 3 });
    expect(data.rows.find((r) => r.x === 4)!.bandLow).toBeUndefined();
    expect(data.hasBand).toBe(true);
    expect(JSON.stringify(data)).not.toMatch(/NaN|Infinity|null/);
  });

  it('survives a reversed, degenerate or non-finite price range', () => {
    expect(buildPayoffChart({ ...PUT, priceRange: [140, 60] }).xDomain).toEqual([60, 140]);
    const flat = buildPayoffChart({ ...PUT, priceRange: [100, 100] });
    expect(flat.xDomain[0]).toBeLessThan(100);
    expect(flat.xDomain[1]).toBeGreaterThan(100);
    const none = buildPayoffChart({ ...PUT, priceRange: [Number.NaN, 10] });
    expect(none.rows).toEqual([]);
    expect(none.extremes).toBeNull();
    expect(allFinite(none)).toBe(true);
  });

  it('a one-point range at the edge of the doubles is widened inside them (found by the property below)', () => {
    for (const edge of [-Number.MAX_VALUE, Number.MAX_VALUE]) {
      const data = buildPayoffChart({ unhedged: () => 1, hedged: () => 2, priceRange: [edge, edge] });
      expect(allFinite(data)).toBe(true);
      expect(data.xDomain[0]).toBeLessThan(data.xDomain[1]);
      expect(data.xDomain).toContain(edge);
    }
  });

  it('every value is finite for arbitrary payoff functions, ranges and offsets (property)', () => {
    const anyDouble = fc.double();
    const fn = fc.func(anyDouble);
    fc.assert(
      fc.property(
        fn,
        fn,
        fc.func(fc.tuple(anyDouble, anyDouble)),
        fc.tuple(anyDouble, anyDouble),
        fc.record({ points: fc.integer({ min: -5, max: 300 }), rest: anyDouble, show: fc.boolean(), years: anyDouble, spot: anyDouble, strike: anyDouble, floor: anyDouble }),
        (u, h, band, range, o) => {
          const data = buildPayoffChart({
            unhedged: u,
            hedged: h,
            hedgedAt: (s, t) => h(s + t),
            band,
            priceRange: range,
            points: o.points,
            restOfPortfolioValue: o.rest,
            showPortfolio: o.show,
            yearsFromNow: o.years,
            reference: { spot: o.spot, strikes: [o.strike], floor: o.floor, cap: o.floor },
          });
          expect(allFinite(data)).toBe(true);
          expect(data.yDomain[0]).toBeLessThan(data.yDomain[1]);
          for (const r of data.rows) expect(r.x >= data.xDomain[0] && r.x <= data.xDomain[1]).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('paddedDomain', () => {
  it('pads and rounds outward, widens a flat line, and never overflows', () => {
    const [lo, hi] = paddedDomain([6000, 14_000]);
    expect(lo).toBeLessThan(6000);
    expect(hi).toBeGreaterThan(14_000);
    expect([lo, hi]).toEqual([5000, 15_000]);
    expect(paddedDomain([5, 5])).toEqual([4, 6]);
    expect(paddedDomain([])).toEqual([0, 1]);
    const huge = paddedDomain([-Number.MAX_VALUE, Number.MAX_VALUE]);
    expect(huge.every(Number.isFinite)).toBe(true);
  });
});

describe('payoffInputFromPlan', () => {
  const plan: HedgePlan = {
    kind: 'collar',
    label: 'Collar 95/110',
    legs: [
      { instrument: 'Put 95', side: 'buy', contracts: 1, contractSize: 100, unitPrice: 3, strike: 95, expiryYears: 0.5 },
      { instrument: 'Call 110', side: 'sell', contracts: 1, contractSize: 100, unitPrice: 2, strike: 110, expiryYears: 0.75 },
    ],
    hedgedQuantity: 100,
    unhedgedQuantity: 0,
    targetQuantity: 100,
    axis: { kind: 'price', label: 'Price at the horizon', unit: 'USD per unit', today: 100, range: [60, 140], moves: 'relative' },
    ledger: { currency: 'USD', lines: [], totalCost: zero('USD'), totalHeld: zero('USD'), costFractionOfProtected: null, protectedValue: zero('USD') },
    floor: money('9400.5', 'USD'),
    cap: money('10900', 'USD'),
    breakeven: 101,
    residualRisk: { description: 'Upside above 110 given up.' },
    payoff: { unhedged, hedged, hedgedAt: (s) => hedged(s) },
    extras: { contracts: 1, hedgeRatio: 1, netPremiumPerUnit: 1, costPerUnitHeld: 1, upsideKept: 0, hedgedDelta: 50, putStrike: 95, callStrike: 110, putPremiumPerUnit: 3, callPremiumPerUnit: 2, putPremiumSource: 'model', callPremiumSource: 'model', zeroCostSolved: false },
  };

  it('takes its range and its reference x from the plan’s own axis', () => {
    const input = payoffInputFromPlan(plan);
    expect(input.priceRange).toEqual([60, 140]);
    expect(input.reference?.spot).toBe(100);
  });

  it('carries the payoff, strikes, breakeven and floor/cap as floats', () => {
    const input = payoffInputFromPlan(plan, { spot: 100, showPortfolio: true, restOfPortfolioValue: 1000 });
    expect(input.reference).toEqual({ spot: 100, strikes: [95, 110], breakeven: 101, floor: 9400.5, cap: 10900 });
    expect(input.currency).toBe('USD');
    expect(input.hedgedAt).toBe(plan.payoff.hedgedAt);
    const data = buildPayoffChart(input);
    expect(data.referenceLines.map((l) => l.kind)).toEqual(['spot', 'strike', 'strike', 'breakeven', 'floor', 'cap']);
    expect(data.referenceLines.find((l) => l.kind === 'floor')!.value).toBe(10_400.5);
  });

  it('finds the earliest option expiry, or null without hedgedAt', () => {
    expect(optionExpiryYears(plan)).toBe(0.5);
    expect(optionExpiryYears({ ...plan, payoff: { unhedged, hedged } })).toBeNull();
  });
});

describe('describePayoffChart', () => {
  it('summarises range, both curves and the reference lines', () => {
    const text = describePayoffChart(buildPayoffChart({ ...PUT, currency: 'USD' }), { currency: 'USD', xLabel: 'Share price at horizon (USD)' });
    expect(text).toContain('Share price at horizon (USD), from 60 to 140.');
    expect(text).toMatch(/Unhedged: \$6,000\.00 to \$14,000\.00\./);
    expect(text).toMatch(/Hedged: \$9,200\.00 to \$13,700\.00\./);
    expect(text).toContain('Today 100.');
    expect(describePayoffChart(buildPayoffChart({ ...PUT, priceRange: [Number.NaN, 1] }), { currency: 'USD', xLabel: 'x' })).toMatch(/no values/);
  });
});
