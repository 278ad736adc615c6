/**
 * The hedge kinds, in ONE list, and the modes they belong to. Pure data and functions: the input
 * form reads the field declarations from here before the engine has loaded.
 *
 * Adding a hedge kind: three new files — the engine's planner (src/engine/hedges/<kind>.ts), one calc
 * module (src/calc/kinds/<kind>.ts: fields, engine input, explanations, figures, warnings, risk
 * mapping) and its tests — plus two one-line edits: the planner's export in src/engine/index.ts and
 * the module's entry in HEDGE_KINDS below. The generic form, the comparison, the detail view, charts,
 * move table and risk panel need no change.
 */
import type { Mode } from '../state/scenario';
import type { FieldSpec } from './fields';
import type { AnyKindModule, ModeModule } from './kind';
import beta from './kinds/beta';
import collar from './kinds/collar';
import cross from './kinds/cross';
import futures from './kinds/futures';
import fxForward from './kinds/fx-forward';
import fxOption from './kinds/fx-option';
import holdingFxForward from './kinds/holding-fx-forward';
import holdingFxOption from './kinds/holding-fx-option';
import protectivePut from './kinds/protective-put';
import putSpread from './kinds/put-spread';
import rateCap from './kinds/rate-cap';
import rateLock from './kinds/rate-lock';
import rateStrip from './kinds/rate-strip';
import rateSwap from './kinds/rate-swap';
import shortSale from './kinds/short-sale';
import swapTerm from './kinds/swap-term';
import buyBack from './kinds/buy-back';
import callSpread from './kinds/call-spread';
import protectiveCall from './kinds/protective-call';
import shortCollar from './kinds/short-collar';
import stockFutures from './kinds/stock-futures';
import { commodityMode } from './modes/commodity';
import { fxMode } from './modes/fx';
import { rateMode } from './modes/rate';
import { stockMode } from './modes/stock';

/** Every hedge kind, in the order the comparison lists them. */
export const HEDGE_KINDS: readonly AnyKindModule[] = [
  protectivePut, collar, putSpread, shortSale, protectiveCall, shortCollar, callSpread, stockFutures, buyBack, cross, beta, holdingFxForward, holdingFxOption,
  futures, fxForward, fxOption, rateLock, rateSwap, rateStrip, swapTerm, rateCap,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each mode's position type is its own
export const MODES: Readonly<Record<Mode, ModeModule<any>>> = { stock: stockMode, commodity: commodityMode, fx: fxMode, rate: rateMode };

/** The kinds of one mode, in list order. */
export function kindsOf(mode: Mode): readonly AnyKindModule[] {
  return HEDGE_KINDS.filter((k) => k.mode === mode);
}

/** Every field the form of `mode` shows: the mode's shared fields, then each kind's, each field once. */
export function formFields(mode: Mode): readonly FieldSpec[] {
  const seen = new Set<string>();
  const out: FieldSpec[] = [];
  for (const spec of [...MODES[mode].fields, ...kindsOf(mode).flatMap((k) => k.fields)]) {
    const key = `${spec.source ?? 'slice'}:${spec.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(spec);
  }
  return out;
}
