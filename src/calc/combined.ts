/**
 * The combined hedge: the hedges the user added (`prefs.combined`, any modes) computed from the
 * same scenario, held as one plan (one ledger, every line of every leg) and read under joint moves
 * of their risk factors (each leg's own axis moves by a stated step). Pure and memoised on the
 * slices it reads; a leg that cannot be computed is listed with its reason and left out of the sums.
 * Legs in another currency than the portfolio's home currency are converted first (combined-fx.ts).
 */
import * as engine from '../engine';
import type { HedgePlan, JointScenarios, PlanOf } from '../engine';
import type { CombinedLegRef, Mode, Scenario } from '../state/scenario';
import { computeMode } from './calculate';
import { fxLinksOf, planAtHome } from './combined-fx';
import type { LegConversion } from './combined-fx';
import { homeCurrencyOf } from './fx-rates';
import { MODES } from './registry';
import type { HedgeResult, ModeResult } from './types';

export const CombinedMessages = {
  unknown: 'This hedge is not offered for these inputs any more.',
  wholePortfolio: 'This hedge protects the whole portfolio against the index, not one position: compare it with the others instead of combining it.',
  notComputed: 'Fix the inputs of this hedge (in its own tab) to include it.',
} as const;

/** What each mode protects, in a few words (a leg's group in the combined view). */
export const MODE_NAMES: Readonly<Record<Mode, string>> = { stock: 'Stock', commodity: 'Commodity', fx: 'Currency', rate: 'Loan rate' };

export interface CombinedLeg {
  readonly mode: Mode;
  readonly kind: string;
  /** The hedge's name (its kind id when it is not known). */
  readonly name: string;
  /** What the leg's mode protects, e.g. "Loan rate". */
  readonly modeTitle: string;
  /** The leg's plan in the home currency (converted when its own currency differs). */
  readonly plan: HedgePlan | null;
  /** Why the leg is left out of the sums, when it is. */
  readonly problem: string | null;
  /** Its own currency and the rate it was converted at; null when it is in the home currency. */
  readonly conversion: LegConversion | null;
  /** True when its joint-move results are read at the moved rate of an FX leg on its currency (else today's rate). */
  readonly atMovedRate: boolean;
}

export interface CombinedResult {
  readonly legs: readonly CombinedLeg[];
  /** The legs that could be computed, as one plan in the home currency; null with `errors` when none could. */
  readonly plan: PlanOf<'combined'> | null;
  readonly joint: JointScenarios | null;
  /** A smooth sweep of joint moves (severity −2 … 2) for the combined payoff chart. */
  readonly sweep: JointScenarios | null;
  readonly errors: readonly string[];
  /** The portfolio's home currency: every sum is in it. */
  readonly home: string;
}

/** Only hedges of one position combine: the index-futures beta hedge protects the whole portfolio. */
export function isCombinable(hedge: Pick<HedgeResult, 'plan'>): boolean {
  return hedge.plan === null || hedge.plan.axis.kind !== 'index-level';
}

const SWEEP = Array.from({ length: 41 }, (_, i) => ({ name: '', severity: -2 + i / 10 }));

/** The legs in order, each (mode, kind) once. */
function uniqueLegs(refs: readonly CombinedLegRef[]): CombinedLegRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.mode}:${r.kind}`;
    if (seen.has(key) || !Object.hasOwn(MODES, r.mode)) return false;
    seen.add(key);
    return true;
  });
}

function sliceKey(s: Scenario, mode: Mode): readonly unknown[] {
  return mode === 'stock' ? [s.portfolio, s.stock] : [s[MODES[mode].slice]];
}

const modeMemo = new Map<Mode, { key: readonly unknown[]; result: ModeResult }>();

/** The results of `mode` for this scenario, whatever the open tab; memoised per mode. */
function resultOf(s: Scenario, mode: Mode): ModeResult {
  const key = sliceKey(s, mode);
  const hit = modeMemo.get(mode);
  if (hit && hit.key.every((x, i) => x === key[i])) return hit.result;
  const result = computeMode({ ...s, prefs: { ...s.prefs, mode } });
  modeMemo.set(mode, { key, result });
  return result;
}

function legOf(s: Scenario, ref: CombinedLegRef, home: string): CombinedLeg {
  const hedge = resultOf(s, ref.mode).hedges.find((h) => h.id === ref.kind);
  const base = { mode: ref.mode, kind: ref.kind, modeTitle: MODE_NAMES[ref.mode], name: hedge?.name ?? ref.kind, plan: null, conversion: null, atMovedRate: false };
  if (hedge === undefined) return { ...base, problem: CombinedMessages.unknown };
  if (!isCombinable(hedge)) return { ...base, problem: CombinedMessages.wholePortfolio };
  if (hedge.plan === null) return { ...base, problem: CombinedMessages.notComputed };
  const atHome = planAtHome(hedge.plan, home, s.portfolio);
  if ('problem' in atHome) return { ...base, problem: atHome.problem };
  return { ...base, plan: atHome.plan, conversion: atHome.conversion, problem: null };
}

/** The legs with the joint moves' rule for each converted one (moved rate when an FX leg on its currency is held). */
function withLinks(legs: readonly CombinedLeg[], home: string): { legs: CombinedLeg[]; links: (number | null)[] } {
  const summed = legs.filter((l) => l.plan !== null);
  const links = fxLinksOf(summed.map((l) => l.plan!), summed.map((l) => l.conversion), home);
  const linked = new Set(summed.filter((_, i) => links[i] !== null));
  return { legs: legs.map((l) => (linked.has(l) ? { ...l, atMovedRate: true } : l)), links };
}

function messagesOf(r: { ok: false; errors: readonly { message: string }[] }): string[] {
  return r.errors.map((e) => e.message);
}

/** Computes the combined hedge of the scenario (uncached). */
export function computeCombined(s: Scenario): CombinedResult {
  const home = homeCurrencyOf(s.portfolio);
  const { legs, links } = withLinks(uniqueLegs(s.prefs.combined).map((ref) => legOf(s, ref, home)), home);
  const plans = legs.flatMap((l) => (l.plan ? [l.plan] : []));
  const none = { legs, plan: null, joint: null, sweep: null, home };
  if (plans.length === 0) return { ...none, errors: [] };
  const combined = engine.combinePlans(plans, legs.filter((l) => l.plan).map((l) => l.name).join(' + '));
  if (!combined.ok) return { ...none, errors: messagesOf(combined) };
  const joint = engine.buildJointScenarios(plans, engine.JOINT_MOVES, links);
  const sweep = engine.buildJointScenarios(plans, SWEEP, links);
  if (!joint.ok) return { ...none, errors: messagesOf(joint) };
  if (!sweep.ok) return { ...none, errors: messagesOf(sweep) };
  return { legs, plan: combined.value as PlanOf<'combined'>, joint: joint.value, sweep: sweep.value, errors: [], home };
}

let last: { key: readonly unknown[]; result: CombinedResult } | null = null;

/** Memoised `computeCombined`: the same legs and slices give the same result object. */
export function calculateCombined(s: Scenario): CombinedResult {
  const key = [s.prefs.combined, s.portfolio, s.stock, s.commodity, s.fx, s.rate];
  if (last !== null && last.key.every((x, i) => x === key[i])) return last.result;
  const result = computeCombined(s);
  last = { key, result };
  return result;
}
