/** Scenario builders for the calc tests: the worked example with one thing changed. */
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import type { Holding, Mode, Scenario } from '../../src/state/scenario';
import type { HedgeResult, ModeResult } from '../../src/calc/types';

export const EMPTY_PROXY = { proxyName: '', proxyPrice: '', proxyVol: '', proxyCorrelation: '', proxyContractSize: '', proxyMargin: '' };

/** A holding with every field given (proxy fields empty unless set). */
export function holding(id: string, fields: Partial<Holding>): Holding {
  return { id, name: id, quantity: '100', price: '100', currency: 'EUR', vol: '20', dividendYield: '0', beta: '1', ...EMPTY_PROXY, ...fields };
}

/** Stock mode with the given holdings (the first is the target unless `targetId`), and stock inputs patched. */
export function stockScenario(holdings: readonly Holding[], stock: Partial<Scenario['stock']> = {}, targetId = holdings[0]!.id): Scenario {
  return { ...D, portfolio: { ...D.portfolio, holdings, targetId }, stock: { ...D.stock, ...stock }, prefs: { ...D.prefs, mode: 'stock' } };
}

/** The worked example in `mode` with that mode's slice patched. */
export function modeScenario<M extends Exclude<Mode, 'stock'>>(mode: M, patch: Partial<Scenario[M]>): Scenario {
  return { ...D, [mode]: { ...D[mode], ...patch }, prefs: { ...D.prefs, mode } } as Scenario;
}

export function hedgeOf(r: ModeResult, id: string): HedgeResult {
  const h = r.hedges.find((x) => x.id === id);
  if (h === undefined) throw new Error(`no hedge ${id}`);
  return h;
}

export function planOf(r: ModeResult, id: string) {
  const p = hedgeOf(r, id).plan;
  if (p === null) throw new Error(`hedge ${id} has no plan: ${hedgeOf(r, id).errors.join(' ')} ${JSON.stringify(r.fieldErrors)}`);
  return p;
}
