import { describe, expect, it } from 'vitest';
import { buildComponentVarData, buildHistogramData, describeComponentVar, describeHistogram } from '../../../src/ui/charts/risk-data';

describe('buildComponentVarData', () => {
  const labels = ['Stock A', 'Bond', 'Proxy', 'Index futures'];
  const data = buildComponentVarData(labels, [
    { key: 'unhedged', name: 'Unhedged', values: [900, 100, 0, 0] },
    { key: 'micro', name: 'Micro', values: [300, 80, -50, 0] },
    { key: 'macro', name: 'Macro', values: [700, 90, 0, -400] },
  ]);

  it('gives one row per factor that carries risk somewhere, with every scenario', () => {
    expect(data.rows.map((r) => r.label)).toEqual(['Stock A', 'Bond', 'Proxy', 'Index futures']);
    expect(data.rows[0]).toEqual({ label: 'Stock A', unhedged: 900, micro: 300, macro: 700 });
    expect(data.domain).toEqual([-400, 900]);
  });

  it('drops factors with no risk in any scenario and treats non-finite values as 0', () => {
    const d = buildComponentVarData(['A', 'B'], [{ key: 'unhedged', name: 'U', values: [Number.NaN, 5] }]);
    expect(d.rows).toEqual([{ label: 'B', unhedged: 5, micro: 0, macro: 0 }]);
  });

  it('describes the largest contributor per scenario', () => {
    expect(describeComponentVar(data, 'EUR', 0.95)).toMatch(/Unhedged: largest Stock A \(€900\.00\)/);
  });
});

describe('buildHistogramData', () => {
  const input = { from: [-2, -1, 0, 1], to: [-1, 0, 1, 2], counts: [[1, 3, 4, 2], [0, 5, 5, 0]] };
  it('turns counts into shares of paths per series with bin middles', () => {
    const d = buildHistogramData(input, ['Unhedged', 'Hedged']);
    expect(d.rows.map((r) => r.mid)).toEqual([-1.5, -0.5, 0.5, 1.5]);
    expect(d.rows.reduce((s, r) => s + r.a, 0)).toBeCloseTo(1, 12);
    expect(d.rows.reduce((s, r) => s + r.b, 0)).toBeCloseTo(1, 12);
    expect(d.paths).toBe(10);
  });
  it('summarizes the range and the mode for screen readers', () => {
    const text = describeHistogram(buildHistogramData(input, ['Unhedged', 'Hedged']), 'EUR');
    expect(text).toMatch(/^Histogram of simulated portfolio profit and loss over 10 paths\. Unhedged: from/);
    expect(describeHistogram(buildHistogramData({ from: [], to: [], counts: [] }, ['a', 'b']), 'EUR')).toMatch(/no paths/);
  });
});
