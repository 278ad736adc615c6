/**
 * The hedge kinds, in ONE list, and the modes they belong to. The calculator loads this (the kinds'
 * behaviour); the input form reads the kinds' inputs from kind-fields.ts, which renders before it.
 *
 * Adding a hedge kind: three new files — the engine's planner (src/engine/hedges/<kind>.ts), one calc
 * module (src/calc/kinds/<kind>.ts: engine input, explanations, figures, warnings, risk mapping) and
 * its tests — plus three short edits: the planner's export in src/engine/index.ts, the module's entry
 * in HEDGE_KINDS below, and its inputs in KIND_FIELDS / KINDS_BY_MODE (kind-fields.ts; a test checks
 * the two agree). The generic form, the comparison, the detail view, charts, move table and risk
 * panel need no change.
 */
import type { Mode } from '../state/scenario';
import type { AnyKindModule } from './kind';
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

/** Every hedge kind, in the order the comparison lists them. */
export const HEDGE_KINDS: readonly AnyKindModule[] = [
  protectivePut, collar, putSpread, shortSale, protectiveCall, shortCollar, callSpread, stockFutures, buyBack, cross, beta, holdingFxForward, holdingFxOption,
  futures, fxForward, fxOption, rateLock, rateSwap, rateStrip, swapTerm, rateCap,
];

export { formFields, MODES } from './kind-fields';

/** The kinds of one mode, in list order. */
export function kindsOf(mode: Mode): readonly AnyKindModule[] {
  return HEDGE_KINDS.filter((k) => k.mode === mode);
}
