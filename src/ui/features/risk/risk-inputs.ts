/**
 * Maps the scenario and the chosen micro hedge onto the engine's risk-report input, and onto the
 * Monte Carlo request. How a hedge enters the risk figures is the hedge kind's own risk mapping
 * (src/calc/kinds): this file only assembles the portfolio around it, from the same calculation
 * the results above come from, including the portfolio as that calculation read it. The macro
 * hedge aims at the beta its whole contracts achieve.
 */
import { buildFactorUniverse } from '../../../engine';
import type { HedgePlan, RiskReport, RiskReportInput } from '../../../engine';
import type { RiskMapping } from '../../../calc/risk-mapping';
import type { HedgeResult, ModeResult } from '../../../calc/types';
import { parseNumberField } from '../../../state/parse-input';
import type { Scenario } from '../../../state/scenario';
import type { McPosition, McRunRequest, McScenario, PayoffTable } from '../../../workers/protocol';

/** Hedges of the comparison that act on the target alone (their kind declares a risk mapping), with a plan. */
export function microHedges(result: ModeResult): HedgeResult[] {
  return result.hedges.filter((h) => h.plan !== null && h.risk !== undefined);
}

/** Beta the macro hedge achieves with whole contracts, from the same calculation as its card; null when it has no plan. */
export function achievedMacroBeta(result: ModeResult): number | null {
  const plan = result.hedges.find((h) => h.plan?.kind === 'beta')?.plan;
  return plan && plan.kind === 'beta' ? plan.extras.achievedBeta : null;
}

/** The selected hedge when it is a micro hedge with a plan, else the first one that is. */
export function chooseMicroHedge(result: ModeResult, selectedId: string): HedgeResult | null {
  const micro = microHedges(result);
  return micro.find((h) => h.id === selectedId) ?? micro[0] ?? null;
}

export interface RiskModel {
  readonly input: RiskReportInput;
  readonly currency: string;
  readonly targetPrice: number;
  /** Home currency per unit of the target's currency (1 at home): the price hedge's table is converted with it. */
  readonly targetFxRate: number;
  readonly targetValue: number;
  readonly plan: HedgePlan;
  /** Plain note on how the micro hedge is modelled in the parametric view. */
  readonly microNote: string;
  /** How the Monte Carlo values the micro hedge (the kind's risk mapping). */
  readonly simulation: RiskMapping['simulation'];
}

export type RiskModelResult = { readonly ok: true; readonly value: RiskModel } | { readonly ok: false; readonly messages: readonly string[] };

export const RiskModelMessages = {
  portfolio: 'Fix the portfolio inputs above (values, volatilities, betas) to see the portfolio risk.',
  correlation: 'Enter the average correlation between holdings as a number from −1 to 1.',
  indexVol: 'Enter the index volatility in % (more than 0).',
  noHedge: 'No micro hedge could be computed for these inputs; see the results above.',
  foreignPriceHedge: (home: string, foreign: string) => `The target is in ${foreign}: this price hedge is modelled on its ${home} value, currency moves included; its currency risk has its own FX hedge.`,
  targetRate: (home: string, foreign: string) => `Type the ${home} per ${foreign} rate under “FX rates” to see the portfolio risk with this target.`,
} as const;

/**
 * The risk-report input for the portfolio and `hedge` over `horizonYears`; `correlation` overrides the
 * average-ρ matrix. The holdings are the ones `result` was calculated from (stock mode), valued in
 * the home currency with the volatility of that value (a foreign holding's combines its price's and
 * its currency's, see src/calc/fx-rates.ts); holdings without an FX rate are left out, as in every
 * other figure.
 */
export function buildRiskModel(scenario: Scenario, result: ModeResult, hedge: HedgeResult | null, horizonYears: number, correlation: readonly (readonly number[])[] | null): RiskModelResult {
  const pf = result.portfolio;
  const messages: string[] = [];
  if (pf === undefined || pf.reader.hasErrors() || pf.target === null || pf.holdings.some((h) => !Number.isFinite(h.value))) messages.push(RiskModelMessages.portfolio);
  else if (!pf.targetCounted) messages.push(RiskModelMessages.targetRate(pf.currency, pf.target?.currency ?? ''));
  const rho = parseNumberField(scenario.portfolio.correlation, { min: -1, max: 1 });
  if (!rho.ok) messages.push(RiskModelMessages.correlation);
  const indexVol = parseNumberField(scenario.portfolio.indexVol, { percent: true, gt: 0, max: 1000 });
  if (!indexVol.ok) messages.push(RiskModelMessages.indexVol);
  const plan = hedge?.plan ?? null;
  const risk = hedge?.risk;
  if (plan === null || risk === undefined) messages.push(RiskModelMessages.noHedge);
  if (messages.length > 0 || pf === undefined || !rho.ok || !indexVol.ok || plan === null || risk === undefined || pf.target === null) return { ok: false, messages };
  const n = pf.holdings.length;
  const avg = rho.value ?? 0;
  const matrix = correlation !== null && correlation.length === n ? correlation : Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : avg)));
  const target = pf.holdings.findIndex((h) => h.id === pf.target?.id);
  const t = pf.target;
  const input: RiskReportInput = {
    positions: pf.holdings.map((h) => ({ label: h.name || h.id, value: h.value, volAnnual: h.homeVol, beta: h.beta ?? 1 })),
    correlation: matrix,
    target,
    horizonYears,
    micro: risk.micro,
    index: { volAnnual: indexVol.value ?? 0, label: `${scenario.stock.indexName || 'Index'} (futures)` },
    targetBeta: achievedMacroBeta(result) ?? numberOr(scenario.stock.targetBeta, 0, -10, 10),
  };
  return { ok: true, value: { input, currency: pf.currency, targetPrice: t.price, targetFxRate: t.fxRate ?? 1, targetValue: t.value, plan, microNote: t.currency !== pf.currency && plan.axis.kind === 'price' ? `${risk.note} ${RiskModelMessages.foreignPriceHedge(pf.currency, t.currency)}` : risk.note, simulation: risk.simulation } };
}

function numberOr(text: string, fallback: number, min: number, max: number): number {
  const r = parseNumberField(text, { min, max });
  return r.ok && r.value !== null ? r.value : fallback;
}

export interface FactorModel {
  readonly vols: readonly number[];
  readonly correlation: readonly (readonly number[])[];
}

/**
 * Volatilities and correlations of every factor of the report (positions, proxy, index), exactly as
 * `buildRiskReport` assembles them (the engine's `buildFactorUniverse`). The Monte Carlo simulates these.
 */
export function buildFactorModel(input: RiskReportInput): FactorModel {
  const u = buildFactorUniverse(input);
  return { vols: u.vols, correlation: u.corr };
}

/**
 * The hedged position's value at the horizon by the target's price, sampled at `points` prices
 * spanning ±8 standard deviations plus every strike: the option legs are revalued by the engine
 * (`hedgedAt`) when the horizon is before expiry, else the expiry payoff. The worker interpolates.
 */
export function samplePayoffTable(plan: HedgePlan, spot: number, volAnnual: number, horizonYears: number, points = 200): PayoffTable {
  const spread = 8 * Math.max(volAnnual, 0.05) * Math.sqrt(horizonYears);
  const lo = spot * Math.max(0.01, Math.exp(-spread));
  const hi = spot * Math.min(50, Math.exp(spread));
  const expiry = plan.legs.reduce((m, l) => Math.min(m, l.expiryYears ?? Infinity), Infinity);
  const at = plan.payoff.hedgedAt;
  const value = at !== undefined && horizonYears < expiry ? (s: number) => at(s, horizonYears) : plan.payoff.hedged;
  const xs = new Set<number>();
  for (let i = 0; i < points; i++) xs.add(lo + ((hi - lo) * i) / (points - 1));
  for (const l of plan.legs) if (l.strike !== undefined && l.strike > lo && l.strike < hi) xs.add(l.strike);
  const sorted = [...xs].sort((a, b) => a - b);
  const out: { xs: number[]; ys: number[] } = { xs: [], ys: [] };
  for (const x of sorted) {
    let y: number;
    try {
      y = value(x);
    } catch {
      y = Number.NaN;
    }
    if (Number.isFinite(y)) {
      out.xs.push(x);
      out.ys.push(y);
    }
  }
  return out;
}

export interface McOptions {
  readonly id: number;
  readonly paths: number;
  readonly seed: number;
  readonly model: 'lognormal' | 'normal';
  readonly bins: number;
  /** Names of the three scenarios, in order: unhedged, micro, macro. */
  readonly names: readonly [string, string, string];
}

/** The worker request: unhedged, with the micro hedge, and with the index-futures beta hedge, on the same shocks. */
export function buildMcRequest(model: RiskModel, report: RiskReport, options: McOptions): McRunRequest {
  const { input } = model;
  const factors = buildFactorModel(input);
  const n = input.positions.length;
  const t = input.target;
  const indexAt = factors.vols.length - 1;
  const spots = factors.vols.map((_, i) => (i === t ? model.targetPrice : 1));
  const base: McPosition[] = input.positions.map((p, i) => ({ kind: 'linear', asset: i, value: p.value }));
  const micro: McPosition[] = base.filter((_, i) => i !== t);
  const m = input.micro;
  // A payoff table is sampled on the target's price: only for plans whose own axis is that price.
  if (model.simulation === 'table' && model.plan.axis.kind === 'price') {
    const local = samplePayoffTable(model.plan, model.targetPrice, (input.positions[t] as { volAnnual: number }).volAnnual, input.horizonYears);
    // A foreign target's hedged value, in its own currency, is converted at today's rate (its price factor carries the combined volatility).
    const table = model.targetFxRate === 1 ? local : { xs: local.xs, ys: local.ys.map((y) => y * model.targetFxRate) };
    micro.push({ kind: 'table', asset: t, value: model.targetValue, table });
  } else if (m.kind === 'reduce') micro.push({ kind: 'linear', asset: t, value: model.targetValue * (1 - m.hedgedFraction) });
  else {
    micro.push(base[t] as McPosition);
    micro.push({ kind: 'linear', asset: n, value: -(m.hedgedFraction ?? 1) * m.hedgeRatio * model.targetValue });
  }
  const macro: McPosition[] = [...base, { kind: 'linear', asset: indexAt, value: report.macroNotional }];
  const scenarios: McScenario[] = [
    { name: options.names[0], positions: base },
    { name: options.names[1], positions: micro },
    { name: options.names[2], positions: macro },
  ];
  return {
    type: 'run', id: options.id, volsAnnual: factors.vols, correlation: factors.correlation, horizonYears: input.horizonYears,
    spots, paths: options.paths, seed: options.seed, model: options.model, scenarios, bins: options.bins,
  };
}
