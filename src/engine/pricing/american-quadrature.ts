/**
 * Numerical building blocks of the American-option boundary solver: Gauss–Legendre rules and
 * barycentric Chebyshev–Lobatto interpolation. Both are computed once and reused, so the hot
 * path allocates nothing but a few small arrays per price.
 */

export interface GaussRule {
  /** Abscissas on [-1, 1]. */
  readonly x: Float64Array;
  readonly w: Float64Array;
}

const rules = new Map<number, GaussRule>();

/**
 * Gauss–Legendre rule with n points on [-1, 1]: roots of P_n by Newton's method from the
 * Tricomi start cos(π(i + 0.75)/(n + 0.5)), weights 2 / ((1 − x²) P_n'(x)²)
 * (Abramowitz & Stegun 25.4.29; Press et al., Numerical Recipes 3rd ed., §4.6).
 */
export function gaussLegendre(n: number): GaussRule {
  const cached = rules.get(n);
  if (cached) return cached;
  const x = new Float64Array(n);
  const w = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let z = Math.cos((Math.PI * (i + 0.75)) / (n + 0.5));
    let dp = 1;
    for (let iter = 0; iter < 100; iter++) {
      // Three-term recurrence for P_n(z) and its derivative.
      let p0 = 1;
      let p1 = 0;
      for (let k = 1; k <= n; k++) {
        const p2 = p1;
        p1 = p0;
        p0 = ((2 * k - 1) * z * p1 - (k - 1) * p2) / k;
      }
      dp = (n * (z * p0 - p1)) / (z * z - 1);
      const step = p0 / dp;
      z -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    x[i] = z;
    w[i] = 2 / ((1 - z * z) * dp * dp);
  }
  const rule = { x, w };
  rules.set(n, rule);
  return rule;
}

/** Chebyshev–Lobatto nodes z_i = −cos(iπ/n), i = 0..n, ascending on [-1, 1]. */
export function chebyshevNodes(n: number): Float64Array {
  const z = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) z[i] = -Math.cos((i * Math.PI) / n);
  z[0] = -1;
  z[n] = 1;
  return z;
}

/**
 * Writes into out[offset..offset + n] the weights c_i with p(z) = Σ c_i·values[i] for the polynomial through the Chebyshev–Lobatto
 * nodes: the second barycentric formula with weights (−1)^i, halved at both ends (Berrut &
 * Trefethen, "Barycentric Lagrange interpolation", SIAM Review 46(3), 2004, eq. 5.2). Computed
 * once per point so that re-interpolating after each fixed-point step is one dot product.
 */
export function barycentricWeights(nodes: Float64Array, z: number, out: Float64Array, offset: number): void {
  const n = nodes.length - 1;
  let den = 0;
  for (let i = 0; i <= n; i++) {
    const d = z - (nodes[i] as number);
    if (d === 0) {
      out.fill(0, offset, offset + n + 1);
      out[offset + i] = 1;
      return;
    }
    const c = ((i % 2 === 0 ? 1 : -1) * (i === 0 || i === n ? 0.5 : 1)) / d;
    out[offset + i] = c;
    den += c;
  }
  for (let i = 0; i <= n; i++) out[offset + i] = (out[offset + i] as number) / den;
}

/**
 * Barycentric weights (as barycentricWeights) of the Chebyshev–Lobatto `nodes` at every point of
 * `zs`, row after row: out[k·(n + 1) + i] is the weight of node i at zs[k]. Writes into `out` when
 * given (it must hold zs.length·nodes.length numbers), else into a new array.
 */
export function barycentricMatrix(nodes: Float64Array, zs: ArrayLike<number>, out?: Float64Array): Float64Array {
  const size = nodes.length;
  const matrix = out ?? new Float64Array(zs.length * size);
  for (let k = 0; k < zs.length; k++) barycentricWeights(nodes, zs[k] as number, matrix, k * size);
  return matrix;
}
