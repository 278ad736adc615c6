import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildRiskReport } from '../../../src/engine';
import { calculate } from '../../../src/calc/calculate';
import { DEFAULT_SCENARIO } from '../../../src/state/presets';
import { buildHistoryEstimates, defaultChoices, estimatesToFields } from '../../../src/ui/features/risk/estimates-data';
import { buildMcRequest, buildRiskModel, chooseMicroHedge, microHedges, RiskModelMessages, samplePayoffTable } from '../../../src/ui/features/risk/risk-inputs';
import { parseHistoryFiles, symbolFromName } from '../../../src/workers/csv-job';
import { buildSharedHistogram, interpolate, runMonteCarloJob } from '../../../src/workers/monte-carlo-job';

const result = calculate(DEFAULT_SCENARIO);
const sample = () => [
  { name: 'stocks.csv', text: readFileSync('public/data/stocks.csv', 'utf8') },
  { name: 'sp500.csv', text: readFileSync('public/data/sp500.csv', 'utf8'), symbol: 'S&P 500' },
];
const noPause = { onProgress: () => {}, isCancelled: () => false, pause: async () => {} };

describe('risk model from the scenario', () => {
  it('offers the hedges on the target, not the index-futures macro hedge', () => {
    expect(microHedges(result).map((h) => h.id)).toEqual(['protective-put', 'collar', 'put-spread', 'short-sale', 'cross']);
    expect(chooseMicroHedge(result, 'beta')?.id).toBe('protective-put');
    expect(chooseMicroHedge(result, 'cross')?.id).toBe('cross');
  });

  it('maps a put to its delta, a short sale to the units covered, a proxy to a short in the proxy', () => {
    const put = buildRiskModel(DEFAULT_SCENARIO, result, chooseMicroHedge(result, 'protective-put'), 10 / 252, null);
    const plan = chooseMicroHedge(result, 'protective-put')!.plan!;
    if (plan.kind !== 'protective-put') throw new Error('kind');
    expect(put.ok && put.value.input.micro).toEqual({ kind: 'reduce', hedgedFraction: 1 - plan.extras.hedgedDelta / 1200 });
    const short = buildRiskModel(DEFAULT_SCENARIO, result, chooseMicroHedge(result, 'short-sale'), 10 / 252, null);
    expect(short.ok && short.value.input.micro).toEqual({ kind: 'reduce', hedgedFraction: 1 });
    const cross = buildRiskModel(DEFAULT_SCENARIO, result, chooseMicroHedge(result, 'cross'), 10 / 252, null);
    // 100 futures units × 820 against 1,200 × 62.50 of stock, ρ 0.75, σ 28 %.
    expect(cross.ok && cross.value.input.micro).toMatchObject({ kind: 'cross', hedgeRatio: (100 * 820) / 75_000, correlationWithTarget: 0.75, hedgeVolAnnual: 0.28 });
  });

  it('the macro column aims at the beta the macro hedge’s whole contracts achieve (the same number as its card)', () => {
    const m = buildRiskModel(DEFAULT_SCENARIO, result, chooseMicroHedge(result, 'protective-put'), 10 / 252, null);
    const beta = result.hedges.find((h) => h.id === 'beta')!.plan!;
    if (beta.kind !== 'beta' || !m.ok) throw new Error('beta');
    expect(m.value.input.targetBeta).toBe(beta.extras.achievedBeta);
  });

  it('takes the holdings from the calculation result, not a second reading of the scenario', () => {
    const m = buildRiskModel(DEFAULT_SCENARIO, result, chooseMicroHedge(result, 'short-sale'), 10 / 252, null);
    if (!m.ok || result.portfolio === undefined) throw new Error('model');
    expect(m.value.input.positions.map((p) => p.value)).toEqual(result.portfolio.holdings.map((h) => h.value));
    expect(m.value.targetValue).toBe(result.portfolio.target?.value);
    const withoutPortfolio = { ...result, portfolio: undefined };
    const r = buildRiskModel(DEFAULT_SCENARIO, withoutPortfolio, chooseMicroHedge(result, 'short-sale'), 10 / 252, null);
    expect(!r.ok && r.messages).toEqual([RiskModelMessages.portfolio]);
  });

  it('refuses a portfolio with errors in plain words', () => {
    const bad = { ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, correlation: 'abc' } };
    const r = buildRiskModel(bad, result, chooseMicroHedge(result, 'short-sale'), 10 / 252, null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.messages[0]).toMatch(/average correlation/);
  });

  it('Monte Carlo VaR/ES of the linear portfolios agree with the parametric figures within sampling error', async () => {
    const m = buildRiskModel(DEFAULT_SCENARIO, result, chooseMicroHedge(result, 'short-sale'), 10 / 252, null);
    if (!m.ok) throw new Error('model');
    const report = buildRiskReport(m.value.input);
    if (!report.ok) throw new Error('report');
    const req = buildMcRequest(m.value, report.value, { id: 1, paths: 100_000, seed: 3, model: 'normal', bins: 40, names: ['U', 'M', 'X'] });
    const out = await runMonteCarloJob(req, noPause);
    if (out.kind !== 'done') throw new Error(out.kind);
    const param = [report.value.unhedged, report.value.micro, report.value.macro];
    out.results.forEach((r, i) => {
      const p = param[i]!;
      // 100,000 paths: the standard error of a 95 % / 99 % quantile is about 0.5 % / 0.9 % of it.
      expect(r.summary.levels[0]!.valueAtRisk / p.var95).toBeCloseTo(1, 1);
      expect(Math.abs(r.summary.levels[0]!.valueAtRisk / p.var95 - 1)).toBeLessThan(0.02);
      expect(Math.abs(r.summary.levels[1]!.valueAtRisk / p.var99 - 1)).toBeLessThan(0.03);
      expect(Math.abs(r.summary.levels[0]!.expectedShortfall / p.es95 - 1)).toBeLessThan(0.025);
    });
    expect(out.histogram.counts.map((c) => c.reduce((s, x) => s + x, 0))).toEqual([100_000, 100_000, 100_000]);
  });

  it('samples the put hedge as a payoff table the worker interpolates exactly at the nodes', () => {
    const plan = chooseMicroHedge(result, 'protective-put')!.plan!;
    const t = samplePayoffTable(plan, 62.5, 0.45, 10 / 252, 50);
    expect(t.xs.length).toBeGreaterThan(40);
    const mid = Math.floor(t.xs.length / 2);
    expect(interpolate(t, t.xs[mid]!)).toBeCloseTo(t.ys[mid]!, 9);
    expect(interpolate({ xs: [1, 2], ys: [10, 20] }, 4)).toBe(40);
  });

  it('bins several P/L arrays on shared edges', () => {
    const h = buildSharedHistogram([Float64Array.from([-2, 0, 2]), Float64Array.from([-1, 1])], 4);
    expect(h.from[0]).toBe(-2);
    expect(h.to[3]).toBe(2);
    expect(h.counts).toEqual([[1, 0, 1, 1], [0, 1, 0, 1]]);
  });
});

describe('price history and estimates', () => {
  it('parses and aligns the sample prices', () => {
    const r = parseHistoryFiles(sample());
    expect(r.history?.symbols).toEqual(['MSFT', 'AMZN', 'IBM', 'GOOG', 'AAPL', 'S&P 500']);
    expect(r.history?.dates.length).toBe(68);
    expect(r.files.every((f) => f.ok && f.issues.length === 0)).toBe(true);
  });

  it('reports bad rows with line numbers, a non-CSV file with a message, and renames clashing symbols', () => {
    const r = parseHistoryFiles([
      { name: 'a.csv', text: 'Date,Close\n2024-01-02,10\n2024-01-03,abc\n2024-01-04,11\n2024-01-05,12' },
      { name: 'A.csv', text: 'Date,Close\n2024-01-02,10\n2024-01-04,11\n2024-01-05,13' },
      { name: 'photo.png', text: '\u0089PNG\u0000\u0000binary' },
    ]);
    const a = r.files[0]!;
    expect(a.ok && a.issues[0]?.line).toBe(3);
    expect(r.files[2]!.ok).toBe(false);
    expect(r.renamed[0]).toMatch(/shown as A \(2\)/);
    expect(r.history?.symbols).toEqual(['A', 'A (2)']);
    expect(symbolFromName('dir/sp500.csv')).toBe('SP500');
  });

  it('estimates, picks the index by name and writes the calculator fields as typed text', () => {
    const h = parseHistoryFiles(sample()).history!;
    const choices = { ...defaultChoices(h.symbols), target: 'AAPL', hedge: 'MSFT' };
    expect(choices.index).toBe('S&P 500');
    const est = buildHistoryEstimates(h, choices);
    expect(est.hedgeRatio?.n).toBe(67);
    expect(est.effectiveness?.regression).not.toBeNull();
    const writes = estimatesToFields(est, choices);
    expect(writes.map((w) => w.field)).toEqual(['vol', 'beta', 'proxyCorrelation', 'proxyVol', 'indexVol']);
    expect(writes[0]!.text).toMatch(/^\d+\.\d$/);
    expect(writes[2]!.text).toMatch(/^-?\d\.\d\d$/);
  });
});
