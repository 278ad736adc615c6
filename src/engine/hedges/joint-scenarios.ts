/**
 * Joint scenarios of a combined hedge whose legs live on different risk factors (a stock price, a
 * floating rate, an FX rate): values add only at one point of every axis at once, so each factor
 * takes a stated move and the legs' results are added there.
 *
 * A factor is one axis (kind, unit and today's value; the label may word it differently, as a rate
 * lock's "rate at the reset" and a swap's "floating rate for the period"); plans on one factor hedge
 * one position, which is counted once (the first plan's unhedged value). A joint move of severity s moves every
 * factor s stated steps in the direction that hurts its position (s < 0: the direction that helps):
 * 20 % of today's level on a price, FX-rate or index axis, 1 point on a rate axis, the steps of
 * the move tables (axis.ts). At each joint move:
 *   exposure P/L of a factor = unhedged(x) − unhedged(today),
 *   hedge P/L of a plan      = hedged(x) − unhedged(x)   (its payoff net of its cost),
 *   total unhedged = Σ exposures; total hedged = total unhedged + Σ hedges.
 *
 * Foreign legs at the moved exchange rate (`fxLinks`): a plan converted from a foreign currency at
 * today's rate X₀ (convertPlan) may be linked to a plan whose axis is that exchange rate (an FX
 * hedge of the same currency). Its exposure and hedge result are then read at the MOVED rate:
 * each is multiplied by X/X₀, X the linked factor's x after the move and X₀ its value today. The
 * leg's whole horizon result (its cost included, paid in the foreign currency) stays foreign money
 * until the horizon. That is what makes a price hedge and an FX hedge of one foreign holding not
 * simply add: with Q units at S₀ → S and X₀ → X, the holding's home value changes by
 *   Q·S·X − Q·S₀·X₀ = Q(S − S₀)·X + Q·S₀(X − X₀),
 * the price factor's exposure at the moved rate plus the rate factor's exposure (the FX plan's
 * unhedged value, Q·S₀·X); the cross term Q(S − S₀)(X − X₀) is in the first. Unlinked plans stay at
 * today's rate.
 */
import { Messages } from '../messages';
import { fail, guard, ok } from '../result';
import type { Result } from '../result';
import { isFiniteDeep } from '../finite-result';
import { looksLikePlan } from './combined';
import type { HedgePlan, PlanAxis } from './plan';

export interface JointMove {
  readonly name: string;
  /** Stated steps moved, in each factor's adverse direction; < 0 = the favourable direction. */
  readonly severity: number;
}

export interface JointFactor {
  readonly axis: PlanAxis;
  /** One stated step: a fraction of today's level (relative axes) or an amount of the axis (absolute). */
  readonly step: number;
  /** +1 when a rise of x hurts the position, −1 when a fall does. */
  readonly adverse: 1 | -1;
  /** Indexes of the plans on this factor. */
  readonly plans: readonly number[];
}

export interface JointRow {
  readonly name: string;
  readonly severity: number;
  /** x of each factor after the move. */
  readonly x: readonly number[];
  /** Change of each factor's position value from today's, unhedged. */
  readonly exposure: readonly number[];
  /** Each plan's hedge result at the moved x, net of its cost. */
  readonly hedge: readonly number[];
  readonly unhedged: number;
  readonly hedged: number;
}

export interface JointScenarios {
  readonly factors: readonly JointFactor[];
  readonly rows: readonly JointRow[];
}

/** The named joint moves shown by default: one step against every position, half a step, two, and one in favour. */
export const JOINT_MOVES: readonly JointMove[] = [
  { name: 'Favourable', severity: -1 },
  { name: 'No move', severity: 0 },
  { name: 'Half adverse', severity: 0.5 },
  { name: 'Adverse', severity: 1 },
  { name: 'Double adverse', severity: 2 },
];

const MAX_PLANS = 20;
const MAX_MOVES = 200;
const MAX_SEVERITY = 4;
const RELATIVE_STEP = 0.2;
const ABSOLUTE_STEP = 0.01;

function isMove(m: unknown): m is JointMove {
  if (typeof m !== 'object' || m === null) return false;
  const { name, severity } = m as Record<string, unknown>;
  return typeof name === 'string' && name.length <= 80 && typeof severity === 'number' && Number.isFinite(severity) && Math.abs(severity) <= MAX_SEVERITY;
}

/** x on `f`'s axis after `severity` steps in its adverse direction. */
export function movedX(f: Pick<JointFactor, 'axis' | 'step' | 'adverse'>, severity: number): number {
  const d = f.adverse * severity * f.step;
  return f.axis.moves === 'relative' ? f.axis.today * (1 + d) : f.axis.today + d;
}

/**
 * One risk factor: the same kind of axis, in the same unit, at the same value today (to 1e-9
 * relative: a rate read as 1 − 97.60/100 and as (100 − 97.60)/100 differs in its last bits).
 */
function isSameFactor(a: PlanAxis, b: PlanAxis): boolean {
  return a.kind === b.kind && a.unit === b.unit && a.moves === b.moves && Math.abs(a.today - b.today) <= 1e-9 * Math.max(1, Math.abs(a.today));
}

function groupFactors(plans: readonly HedgePlan[]): JointFactor[] {
  const factors: JointFactor[] = [];
  plans.forEach((p, i) => {
    const same = factors.find((f) => isSameFactor(f.axis, p.axis));
    if (same) return void (same.plans as number[]).push(i);
    const step = p.axis.moves === 'relative' ? RELATIVE_STEP : ABSOLUTE_STEP;
    const probe = { axis: p.axis, step, adverse: 1 as const };
    // The direction whose move lowers the position's value is the adverse one (a fall for a holder, a rise for a borrower).
    const up = p.payoff.unhedged(movedX(probe, 1));
    const down = p.payoff.unhedged(movedX(probe, -1));
    const adverse = up < down ? 1 : down < up ? -1 : p.axis.moves === 'relative' ? -1 : 1;
    factors.push({ axis: p.axis, step, adverse, plans: [i] });
  });
  return factors;
}

/** Null: no links; else one entry per plan, null or the index of an unlinked other plan on an FX-rate axis. */
function isFxLinks(links: unknown, plans: readonly HedgePlan[]): links is readonly (number | null)[] | undefined {
  if (links === undefined) return true;
  if (!Array.isArray(links) || links.length !== plans.length) return false;
  return links.every((j: unknown, i) => j === null
    || (Number.isInteger(j) && (j as number) >= 0 && (j as number) < plans.length && j !== i && plans[j as number]!.axis.kind === 'fx-rate' && links[j as number] === null));
}

function rowAt(plans: readonly HedgePlan[], factors: readonly JointFactor[], move: JointMove, links: readonly (number | null)[]): JointRow {
  const factorOf = new Map(factors.flatMap((f, fi) => f.plans.map((pi) => [pi, fi] as const)));
  const x = factors.map((f) => movedX(f, move.severity));
  // X/X₀ of the exchange rate a linked plan is read at (1 when not linked).
  const fxScale = (pi: number): number => {
    const j = links[pi] ?? null;
    if (j === null) return 1;
    const fi = factorOf.get(j)!;
    return x[fi]! / factors[fi]!.axis.today;
  };
  const exposure = factors.map((f, fi) => {
    const u = plans[f.plans[0]!]!.payoff.unhedged;
    return (u(x[fi]!) - u(f.axis.today)) * fxScale(f.plans[0]!);
  });
  const hedge = plans.map((p, pi) => {
    const xi = x[factorOf.get(pi)!]!;
    return (p.payoff.hedged(xi) - p.payoff.unhedged(xi)) * fxScale(pi);
  });
  const unhedged = exposure.reduce((a, b) => a + b, 0);
  return { name: move.name, severity: move.severity, x, exposure, hedge, unhedged, hedged: unhedged + hedge.reduce((a, b) => a + b, 0) };
}

/**
 * The legs of a combined hedge under joint moves of their risk factors (see the file comment).
 * `plans`: 1–20 hedge plans; `moves`: up to 200 `{ name, severity }`, |severity| ≤ 4 (JOINT_MOVES
 * unless told). Values are in the plans' currency (one currency; combinePlans checks it).
 * `fxLinks` (optional, one entry per plan): null, or the index of the plan on the FX-rate axis at
 * whose moved rate a plan converted from that foreign currency is read (see the file comment).
 */
export function buildJointScenarios(plans: readonly HedgePlan[], moves: readonly JointMove[] = JOINT_MOVES, fxLinks?: readonly (number | null)[]): Result<JointScenarios> {
  if (!Array.isArray(plans) || plans.length === 0) return fail('plans', Messages.combineNone);
  if (plans.length > MAX_PLANS) return fail('plans', Messages.combineTooMany(MAX_PLANS));
  for (let i = 0; i < plans.length; i++) if (!looksLikePlan(plans[i])) return fail(`plans[${i}]`, Messages.notAPlan);
  if (!Array.isArray(moves) || moves.length === 0 || moves.length > MAX_MOVES || !moves.every(isMove)) return fail('moves', Messages.jointMoves);
  if (!isFxLinks(fxLinks, plans)) return fail('fxLinks', Messages.jointFxLinks);
  const links = fxLinks ?? plans.map(() => null);
  return guard('plans', () => {
    const factors = groupFactors(plans);
    const rows = moves.map((m) => rowAt(plans, factors, m, links));
    const value: JointScenarios = { factors, rows };
    return isFiniteDeep(rows) && factors.every((f) => isFiniteDeep(f.axis)) ? ok(value) : fail('plans', Messages.tooExtreme);
  });
}
