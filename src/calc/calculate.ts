/**
 * The calculator's one pure call: scenario in, results out. The mode reads the position and its
 * shared inputs; then each hedge kind of the mode reads its own fields and runs its planner. A bad
 * shared input stops every hedge; a bad input of one kind removes only that hedge. Results are
 * derived here and never stored; `calculate` is memoised on the slices the mode reads.
 */
import * as engine from '../engine';
import type { HedgePlan } from '../engine';
import type { Scenario } from '../state/scenario';
import type { AnyKindModule, KindContext } from './kind';
import { readFields } from './read-fields';
import { placeEngineErrors } from './reader';
import { kindsOf, MODES } from './registry';
import { targetSide } from './side';
import type { HedgeResult, ModeResult } from './types';

export const CalcMessages = {
  fixFields: 'Fix the marked fields of this hedge to see it.',
} as const;

export const SideMessages = {
  longOnly: 'Not for a short holding: this hedge protects a holding against a fall, and a short loses on a rise.',
} as const;

/** The kinds run for this scenario: a short-only kind is left out when the target is held long. */
function kindsFor(s: Scenario, mode: Scenario['prefs']['mode']): readonly AnyKindModule[] {
  const side = targetSide(s);
  return kindsOf(mode).filter((k) => (k.applies?.(s) ?? true) && (k.side !== 'short' || (k.mode === 'stock' && side === 'short')));
}

function targetHolding(s: Scenario) {
  return s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId) ?? null;
}

function runKind(kind: AnyKindModule, s: Scenario, position: unknown, modeMap: Readonly<Record<string, string>>, sharedFields: ReturnType<typeof readFields>, fieldErrors: Record<string, string>, fieldNotes: Record<string, string>): HedgeResult {
  const short = kind.mode === 'stock' && targetSide(s) === 'short';
  if (kind.side === 'long' && short) return { id: kind.id, name: kind.name(s), plan: null, warnings: [], figures: [], explanations: {}, errors: [kind.notForSide ?? SideMessages.longOnly], notApplicable: true };
  const slice = MODES[kind.mode].slice;
  const own = readFields([...MODES[kind.mode].fields, ...kind.fields], slice, s[slice], kind.mode === 'stock' ? targetHolding(s) : null);
  const name = kind.name(s);
  const empty = { id: kind.id, name, plan: null, warnings: [], figures: [], explanations: {} };
  const ownErrors = Object.entries(own.errors).filter(([k]) => !(k in sharedFields.errors));
  if (ownErrors.length > 0) {
    for (const [k, m] of ownErrors) fieldErrors[k] ??= m;
    return { ...empty, errors: [CalcMessages.fixFields] };
  }
  const c: KindContext<unknown> = { scenario: s, position, v: own.values, engine };
  const r = kind.plan(c);
  if (!r.ok) {
    const map = { ...modeMap, ...(typeof kind.fieldMap === 'function' ? kind.fieldMap(position) : (kind.fieldMap ?? {})) };
    return { ...empty, errors: placeEngineErrors(r.errors, map, fieldErrors) };
  }
  const plan: HedgePlan = r.value;
  if (kind.notes) for (const [k, m] of Object.entries(kind.notes(c, plan))) fieldNotes[k] ??= m;
  let cards: HedgeResult['explanations'] | null = null;
  let greeks: HedgeResult['greeks'];
  let tables: HedgeResult['tables'];
  return {
    id: kind.id,
    name,
    plan,
    ...(short ? { exposure: 'short' as const } : {}),
    errors: [],
    warnings: kind.warnings ? kind.warnings(c, plan) : [],
    figures: kind.figures(c, plan),
    // Formula cards and Greeks are for the one hedge being viewed: built on first read, not per edit for all.
    get explanations() {
      return (cards ??= kind.explain(c, plan));
    },
    // The kind's tables, also built on first read (a contract choice, a reset schedule).
    get tables() {
      return (tables ??= kind.tables ? kind.tables(c, plan) : []);
    },
    get greeks() {
      if (greeks === undefined) greeks = kind.greeks ? kind.greeks(c, plan) : null;
      return greeks;
    },
    ...(kind.wording ? { wording: kind.wording(c, plan) } : {}),
    ...(kind.risk ? { risk: kind.risk(c, plan) } : {}),
    ...(kind.band ? { band: kind.band(c, plan) } : {}),
  };
}

/** Results of the scenario's current mode (uncached). */
export function computeMode(s: Scenario): ModeResult {
  const mode = MODES[s.prefs.mode] ?? MODES.stock;
  const shared = readFields(mode.fields, mode.slice, s[mode.slice], null);
  const { position, base, errors, notes } = mode.position(s, shared.values, engine);
  const fieldErrors: Record<string, string> = { ...errors, ...shared.errors };
  const fieldNotes: Record<string, string> = { ...notes };
  const result = { mode: mode.mode, ...base, fieldNotes };
  if (Object.keys(fieldErrors).length > 0 || position === null) {
    // Still report every bad field of the kinds at once, so the user fixes them in one pass.
    for (const k of kindsFor(s, mode.mode).filter((x) => !(x.side === 'long' && targetSide(s) === 'short'))) {
      const own = readFields(k.fields, mode.slice, s[mode.slice], k.mode === 'stock' ? targetHolding(s) : null);
      for (const [path, message] of Object.entries(own.errors)) fieldErrors[path] ??= message;
    }
    return { ...result, hedges: [], fieldErrors };
  }
  const modeMap = mode.fieldMap(position);
  const run = kindsFor(s, mode.mode).map((k) => runKind(k, s, position, modeMap, shared, fieldErrors, fieldNotes));
  // Hedges that do not fit the target's side go last, with their reason.
  const hedges = [...run.filter((h) => !h.notApplicable), ...run.filter((h) => h.notApplicable)];
  return { ...result, hedges, fieldErrors };
}

let last: { key: readonly unknown[]; result: ModeResult } | null = null;

function keyOf(s: Scenario): readonly unknown[] {
  const mode = s.prefs.mode;
  return mode === 'stock' ? [mode, s.portfolio, s.stock] : [mode, s[MODES[mode]?.slice ?? 'stock']];
}

/** Memoised `computeMode`: the same slice objects give the same result object. */
export function calculate(s: Scenario): ModeResult {
  const key = keyOf(s);
  if (last !== null && last.key.length === key.length && last.key.every((x, i) => x === key[i])) return last.result;
  const result = computeMode(s);
  last = { key, result };
  return result;
}
