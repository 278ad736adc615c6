import { describe, expect, it } from 'vitest';
import { buildAllHedgesChart, AllHedgesMessages, UNHEDGED_KEY } from '../../../src/ui/charts/all-hedges-data';
import type { CandidateHedge } from '../../../src/ui/charts/all-hedges-data';
import { buildCombinedChart, describeFactorMove, legKey } from '../../../src/ui/charts/combined-data';
import { buildMultiSeries, sampleXs, thinRows } from '../../../src/ui/charts/multi-series-data';
import type { HedgePlan, JointScenarios, PlanAxis } from '../../../src/engine';

const priceAxis: PlanAxis = { kind: 'price', label: 'X price', unit: 'EUR per unit', today: 100, range: [50, 150], moves: 'relative' };

/** A plan-shaped stub: only what the chart builder reads (axis, legs, payoff). */
function plan(axis: PlanAxis, hedged: (x: number) => number, strike?: number): HedgePlan {
  return { axis, legs: strike === undefined ? [] : [{ strike }], payoff: { unhedged: (x: number) => 100 * x, hedged } } as unknown as HedgePlan;
}

describe('buildMultiSeries', () => {
  it('samples every source at every x, keeps only finite values, scales to the curves shown', () => {
    const d = buildMultiSeries(
      [
        { key: 'a', name: 'A', value: (x) => x },
        { key: 'b', name: 'B', value: (x) => (x === 2 ? Number.NaN : 1000 * x) },
      ],
      [0, 1, 2],
      new Set(['b']),
    );
    expect(d.rows).toEqual([{ x: 0, a: 0, b: 0 }, { x: 1, a: 1, b: 1000 }, { x: 2, a: 2 }]);
    expect(d.series.map((s) => [s.key, s.visible])).toEqual([['a', true], ['b', false]]);
    // Only A (0…2) is drawn, so the y-domain ignores B's 1000.
    expect(d.yDomain[1]).toBeLessThan(10);
    expect(d.xDomain).toEqual([0, 2]);
  });

  it('a throwing curve leaves a gap, never a number', () => {
    const d = buildMultiSeries([{ key: 'a', name: 'A', value: () => { throw new Error('x'); } }], [1, 2]);
    expect(d.rows).toEqual([{ x: 1 }, { x: 2 }]);
  });

  it('gives reference curves distinct dashes and hedge curves solid lines', () => {
    const d = buildMultiSeries([{ key: 'u', name: 'U', value: (x) => x, dashed: true }, { key: 'h', name: 'H', value: (x) => x }, { key: 'l', name: 'L', value: (x) => x, dashed: true }], [0, 1]);
    expect(d.series.map((s) => s.dash)).toEqual(['6 4', '', '2 3']);
  });

  it('sampleXs: evenly spaced, kinks merged in order, nothing outside the range', () => {
    expect(sampleXs(0, 10, 3, [4, 20, -1, 5])).toEqual([0, 4, 5, 10]);
    expect(sampleXs(1, 1, 5)).toEqual([]);
    expect(thinRows([1, 2, 3, 4, 5], 2)).toEqual([1, 3, 5]);
    expect(thinRows([1, 2, 3, 4], 2)).toEqual([1, 3, 4]);
  });
});

describe('buildAllHedgesChart', () => {
  // Put struck at 90 on 100 units, premium 300: hedged(x) = 100·max(x, 90) − 300 (a protective put's payoff).
  const put = plan(priceAxis, (x) => 100 * Math.max(x, 90) - 300, 90);
  // A short sale locks 100·100 less a 50 fee whatever x.
  const short = plan(priceAxis, () => 10_000 - 50);
  const beta = plan({ kind: 'index-level', label: 'Index level', unit: 'index points', today: 4900, range: [2450, 7350], moves: 'relative' }, (x) => x);
  const hedges: CandidateHedge[] = [
    { id: 'protective-put', name: 'Protective put', plan: put },
    { id: 'short-sale', name: 'Short sale', plan: short },
    { id: 'beta', name: 'Index futures', plan: beta },
    { id: 'collar', name: 'Collar', plan: null },
  ];

  it('draws the unhedged position and every hedge on the price axis, with the strike sampled exactly', () => {
    const c = buildAllHedgesChart(hedges);
    expect(c.axis).toBe(priceAxis);
    expect(c.data.series.map((s) => s.key)).toEqual([UNHEDGED_KEY, 'protective-put', 'short-sale']);
    const at90 = c.data.rows.find((r) => r.x === 90)!;
    // By hand: unhedged 100 × 90 = 9,000; put 9,000 − 300 = 8,700; short 9,950.
    expect(at90).toEqual({ x: 90, unhedged: 9000, 'protective-put': 8700, 'short-sale': 9950 });
    expect(c.data.xDomain).toEqual([50, 150]);
  });

  it('lists the beta hedge (another axis) and a hedge without a plan, with the reason', () => {
    const c = buildAllHedgesChart(hedges);
    expect(c.separate).toEqual([
      { id: 'beta', name: 'Index futures', reason: AllHedgesMessages.wholePortfolio },
      { id: 'collar', name: 'Collar', reason: AllHedgesMessages.notComputed },
    ]);
  });

  it('a hidden hedge stays in the data (for its row) but is marked not visible', () => {
    const c = buildAllHedgesChart(hedges, new Set(['short-sale']));
    expect(c.data.series.find((s) => s.key === 'short-sale')!.visible).toBe(false);
    expect(c.data.rows[0]!['short-sale']).toBe(9950);
  });

  it('a hedge of another position on the same axis (every reset to maturity, not the next) is listed apart', () => {
    const yearly = { ...plan(priceAxis, (x) => 400 * x), payoff: { unhedged: (x: number) => 400 * x, hedged: (x: number) => 400 * x } } as unknown as HedgePlan;
    const c = buildAllHedgesChart([hedges[0]!, { id: 'swap-term', name: 'Swap to maturity', plan: yearly }]);
    expect(c.data.series.map((s) => s.key)).toEqual([UNHEDGED_KEY, 'protective-put']);
    expect(c.separate).toEqual([{ id: 'swap-term', name: 'Swap to maturity', reason: AllHedgesMessages.otherPosition }]);
  });

  it('nothing to draw without a plan', () => {
    expect(buildAllHedgesChart([{ id: 'x', name: 'X', plan: null }]).axis).toBeNull();
  });
});

describe('buildCombinedChart', () => {
  const sweep: JointScenarios = {
    factors: [],
    rows: [-1, 0, 1].map((s) => ({ name: '', severity: s, x: [], exposure: [], hedge: [10 * s, -5], unhedged: -100 * s, hedged: -100 * s + 10 * s - 5 })),
  };

  it('one row per joint move: both totals and each leg’s hedge alone', () => {
    const d = buildCombinedChart(sweep, ['Put', 'Swap']);
    expect(d.series.map((s) => s.name)).toEqual(['Unhedged, all positions', 'With every leg', 'Put: the hedge alone', 'Swap: the hedge alone']);
    expect(d.rows[2]).toEqual({ x: 1, unhedged: -100, hedged: -95, [legKey(0)]: 10, [legKey(1)]: -5 });
  });

  it('describes a factor move in words', () => {
    expect(describeFactorMove('Price', 'relative', 50, 40)).toBe('Price −20 %');
    expect(describeFactorMove('Rate', 'absolute', 0.024, 0.034)).toBe('Rate +1.00 pt');
  });
});

describe('buildAllHedgesChart on a rate axis', () => {
  it('draws two hedges whose today differs only in the last bits of a float on one chart', () => {
    const a: PlanAxis = { kind: 'rate', label: 'Reference rate at the reset', unit: 'rate', today: 1 - 0.976, range: [0, 0.05], moves: 'absolute' };
    const b: PlanAxis = { ...a, label: 'Floating rate for the period', today: (100 - 97.6) / 100 };
    const c = buildAllHedgesChart([{ id: 'lock', name: 'Lock', plan: plan(a, () => 1) }, { id: 'swap', name: 'Swap', plan: plan(b, () => 2) }]);
    expect(c.separate).toEqual([]);
    expect(c.data.series.map((s) => s.key)).toEqual([UNHEDGED_KEY, 'lock', 'swap']);
  });
});
