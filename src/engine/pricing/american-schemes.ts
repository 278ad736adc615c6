/**
 * Which collocation scheme prices an American put in a given market: the cheapest one that keeps
 * the price within 1e-4 per 100 of spot or strike (whichever is larger) of the fine reference
 * (scripts/american-reference.ts).
 *
 * What makes a market hard is how far the exercise boundary travels within the option's life.
 * Two dimensionless numbers measure it: s = max(|r|, |q|, |r − q|)·√T/vol (with carry large
 * against volatility the boundary falls from B(0+) over a time of order vol²/carry², so s² counts
 * those times within T) and v = vol·√T (the spread of log prices at expiry). Markets with q ≥ r
 * (the put side of an early-exercised call) are far easier than those with q < r, so each side
 * has its own table.
 *
 * The schemes form a ladder from cheap to thorough: first ALO's FP-B' (φ form) with a
 * Jacobi–Newton step on every pass, then FP-A with plain passes, for q < r with s ≥ 0.6, where the
 * φ form's fixed point can settle on a wrong boundary (1e-2 off at r = 12 %, q = −1 %, vol 6 %).
 * Each cell holds the lowest rung that kept every tuning market of the cell within 0.7 × its
 * target: 24,000 markets in the core region (r 0–12 %, q −4–12 %, vol 5–80 %, 0.02–3 years;
 * target 7e-5) and 12,000 beyond it (r to 16 %, q −5–16 %, vol to 150 %, to 10 years; target 3e-4,
 * about 4e-6 of the strike), three spot/strike ratios each. `npm run tune:american` re-derives the
 * tables (scripts/tune-american.ts); tests/engine/pricing/american-markets.test.ts checks them on
 * markets drawn apart from the tuning ones.
 */
import type { BoundaryScheme } from './american-boundary';

/** A collocation scheme with the premium's quadrature size. */
export type PutScheme = BoundaryScheme & { readonly premiumPoints?: number };

/** The ladder, cheapest first; the last rung also prices markets outside the tuned region. */
export const SCHEME_LADDER: readonly PutScheme[] = [
  { nodes: 5, points: 4, naiveSteps: 1, newtonSteps: 2, phiForm: true, premiumPoints: 12 },
  { nodes: 6, points: 4, naiveSteps: 1, newtonSteps: 2, phiForm: true, premiumPoints: 12 },
  { nodes: 6, points: 5, naiveSteps: 1, newtonSteps: 2, phiForm: true, premiumPoints: 16 },
  { nodes: 7, points: 5, naiveSteps: 1, newtonSteps: 2, phiForm: true, premiumPoints: 16 },
  { nodes: 6, points: 5, naiveSteps: 2, newtonSteps: 3, phiForm: true, premiumPoints: 20 },
  { nodes: 7, points: 5, naiveSteps: 2, newtonSteps: 3, phiForm: true, premiumPoints: 20 },
  { nodes: 7, points: 6, naiveSteps: 2, newtonSteps: 3, phiForm: true, premiumPoints: 24 },
  { nodes: 8, points: 6, naiveSteps: 2, newtonSteps: 3, phiForm: true, premiumPoints: 28 },
  { nodes: 10, points: 6, naiveSteps: 2, newtonSteps: 3, phiForm: true, premiumPoints: 32 },
  { nodes: 14, points: 6, naiveSteps: 5, premiumPoints: 32 },
  { nodes: 10, points: 8, naiveSteps: 8, premiumPoints: 40 },
  { nodes: 12, points: 10, naiveSteps: 7, premiumPoints: 48 },
  { nodes: 14, points: 12, naiveSteps: 6, premiumPoints: 56 },
  { nodes: 40, points: 48, naiveSteps: 8, premiumPoints: 64 },
];

/** Upper edges of the bins of s and of v; a value at or past the last edge falls in the last bin. */
export const S_EDGES: readonly number[] = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6, 0.8, 1.2, 1.6, 2.4, 4];
export const V_EDGES: readonly number[] = [0.15, 0.3, 0.5, 0.75, 1, 1.5];

const X = SCHEME_LADDER.length - 1; // no tuned market fell in the cell: the thorough rung
/** Rung per (s bin, v bin) when q ≥ r. */
const EASY_SIDE: readonly (readonly number[])[] = [
  [0, 0, 1, 1, 3, 3, 4],
  [0, 1, 3, 3, 7, 7, 6],
  [1, 1, 3, 7, 7, 7, 6],
  [2, 2, 3, 7, 7, 7, 10],
  [1, 3, 3, 7, 7, 8, 11],
  [2, 6, 7, 7, 7, 7, 11],
  [1, 6, 7, 7, 7, 7, 11],
  [2, 6, 7, 6, 6, 7, 7],
  [2, 7, 7, 7, 6, 7, 8],
  [4, 2, 6, 7, 8, 7, X],
  [4, 4, 6, 7, 7, X, X],
  [2, 2, 6, 7, X, X, X],
  [4, 4, 2, X, X, X, X],
];
/** Rung per (s bin, v bin) when q < r. */
const HARD_SIDE: readonly (readonly number[])[] = [
  [2, 2, 0, 0, 1, 1, 4],
  [4, 4, 4, 4, 4, 4, 7],
  [4, 4, 4, 4, 4, 4, 7],
  [2, 6, 4, 4, 5, 5, 10],
  [4, 5, 6, 6, 6, 7, 10],
  [4, 6, 7, 7, 6, 6, 10],
  [6, 7, 10, 10, 7, 7, 8],
  [9, 10, 10, 10, 6, 7, 11],
  [10, 10, 10, 10, 10, 10, 10],
  [10, 10, 10, 10, 11, 11, X],
  [11, 13, 11, 12, 12, X, X],
  [11, 11, 11, 12, X, X, X],
  [13, 13, 12, X, X, X, X],
];

function binOf(edges: readonly number[], x: number): number {
  let i = 0;
  while (i < edges.length && x >= (edges[i] as number)) i++;
  return i;
}

/**
 * The scheme for the put with rate r, yield q (annual, continuous), vol > 0 and T > 0 years (for
 * a call, pass its put-side market: r and q exchanged). Non-finite measures take the last rung.
 */
export function schemeFor(r: number, q: number, vol: number, T: number): PutScheme {
  const rootT = Math.sqrt(T);
  const s = (Math.max(Math.abs(r), Math.abs(q), Math.abs(r - q)) * rootT) / vol;
  const v = vol * rootT;
  if (!Number.isFinite(s) || !Number.isFinite(v)) return SCHEME_LADDER[X] as PutScheme;
  const table = q >= r ? EASY_SIDE : HARD_SIDE;
  const rung = (table[binOf(S_EDGES, s)] as readonly number[])[binOf(V_EDGES, v)] as number;
  return SCHEME_LADDER[rung] as PutScheme;
}
