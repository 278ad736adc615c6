/**
 * The fine reference for American prices: the engine's own boundary method run with a far finer
 * scheme than any tier (32 Chebyshev intervals, 32 Gauss points, 12 fixed-point steps, 64-point
 * premium), within 3e-7 of a (128, 160, 20, 400) solution on the grid, and checked against an
 * independent binomial reference in tests/engine/pricing/american-accuracy.test.ts.
 */
import { buildPutPricer } from '../src/engine/pricing/american-put';
import type { ModelParams } from '../src/engine/pricing/types';

export const REFERENCE_SCHEME = { nodes: 32, points: 32, naiveSteps: 12, premiumPoints: 64 } as const;

/** Reference value of an American option (put directly; call by put-call symmetry, as the engine). */
export function referenceAmerican(p: ModelParams): number {
  const q = p.r - p.b;
  if (p.type === 'put') return p.strike * buildPutPricer(p.r, q, p.vol, p.t, REFERENCE_SCHEME, false)(p.spot / p.strike);
  return p.spot * buildPutPricer(q, p.r, p.vol, p.t, REFERENCE_SCHEME, false)(p.strike / p.spot);
}
