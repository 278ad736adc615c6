/* eslint-disable no-loss-of-precision -- Cody's published coefficients are kept digit for digit, as printed. */
/**
 * The standard normal distribution in double precision: density, cumulative distribution and its
 * inverse. The cdf goes through W. J. Cody's rational Chebyshev approximations of erf/erfc
 * ("Rational Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–637;
 * coefficients as published in Netlib SPECFUN CALERF), which keep absolute error below 1e-16 and a
 * small relative error deep in the left tail, where option prices of far out-of-the-money strikes live.
 */

// Cody's coefficients are constants local to the functions that use them: the optimiser then
// folds them into the code, where a module-level constant is read from memory at every use.

/**
 * exp(−y²) without the rounding error of forming y² first: y is split into a part with 4 binary
 * digits after the point (whose square is exact) and a remainder (Cody's own device). This keeps
 * the relative error of erfc small for large y, where exp magnifies any error in its argument.
 */
function expNegSquare(y: number): number {
  const head = Math.trunc(y * 16) / 16;
  const del = (y - head) * (y + head);
  return Math.exp(-head * head) * Math.exp(-del);
}

/** Cody's erfc(y)·e^{y²} for 0.46875 < y <= 4. */
function codyMiddle(y: number): number {
  // Cody (1969), erfc on 0.46875 < |x| <= 4.
  const C0 = 0.564188496988670089, C1 = 8.88314979438837594, C2 = 66.1191906371416295, C3 = 298.635138197400131,
    C4 = 881.952221241769090, C5 = 1712.04761263407058, C6 = 2051.07837782607147, C7 = 1230.33935479799725, C8 = 2.15311535474403846e-8;
  const D0 = 15.7449261107098347, D1 = 117.693950891312499, D2 = 537.181101862009858, D3 = 1621.38957456669019,
    D4 = 3290.79923573345963, D5 = 4362.61909014324716, D6 = 3439.36767414372164, D7 = 1230.33935480374942;
  const num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
  const den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
  return num / den;
}

/** Complementary error function erfc(x) = 1 − erf(x), for any double x (NaN in, NaN out). */
export function erfc(x: number): number {
  const y = Math.abs(x);
  let result: number;
  if (y <= 0.46875) {
    // Cody (1969), erf on |x| <= 0.46875.
    const A0 = 3.16112374387056560, A1 = 113.864154151050156, A2 = 377.485237685302021, A3 = 3209.37758913846947,
      A4 = 0.185777706184603153;
    const B0 = 23.6012909523441209, B1 = 244.024637934444173, B2 = 1282.61652607737228, B3 = 2844.23683343917062;
    const z = y * y;
    const num = (((A4 * z + A0) * z + A1) * z + A2) * z + A3;
    const den = (((z + B0) * z + B1) * z + B2) * z + B3;
    return 1 - (x * num) / den;
  } else if (y <= 4) {
    // Here y² <= 16, so its rounding moves exp(−y²) by < 2e-15 relative: one exp is enough.
    result = codyMiddle(y) * Math.exp(-y * y);
  } else if (y < 27.3) { // beyond, erfc(x) < 2⁻¹⁰⁷⁴ underflows even the smallest subnormal double
    // Cody (1969), erfc on |x| > 4, in powers of 1/x².
    const P0 = 0.305326634961232344, P1 = 0.360344899949804439, P2 = 0.125781726111229246, P3 = 0.0160837851487422766,
      P4 = 6.58749161529837803e-4, P5 = 0.0163153871373020978;
    const Q0 = 2.56852019228982242, Q1 = 1.87295284992346047, Q2 = 0.527905102951428412, Q3 = 0.0605183413124413191,
      Q4 = 2.33520497626869185e-3;
    const INV_SQRT_PI = 0.5641895835477562869480794515607725858440;
    const z = 1 / (y * y);
    const num = ((((P5 * z + P0) * z + P1) * z + P2) * z + P3) * z + P4;
    const den = ((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4;
    result = ((INV_SQRT_PI - (z * num) / den) / y) * expNegSquare(y);
  } else {
    result = y === y ? 0 : y; // NaN propagates; +∞ and huge arguments give 0
  }
  return x < 0 ? 2 - result : result;
}

/** Standard normal density φ(x) = e^{−x²/2}/√(2π); 0 for ±∞. */
export function normalPdf(x: number): number {
  return 0.3989422804014326779399460599343818684759 * Math.exp(-0.5 * x * x); // 1/√(2π)
}

/**
 * Standard normal cumulative distribution Φ(x) = ½·erfc(−x/√2), absolute error < 1e-15 for every
 * x, relative error small in the left tail (Φ(−38) ≈ 2.9e-316 still has its leading digits).
 * Φ(−∞) = 0, Φ(+∞) = 1.
 */
export function normalCdf(x: number): number {
  return 0.5 * erfc(-x * Math.SQRT1_2);
}

/**
 * Φ(x) when the caller already holds pdf = φ(x) = e^{−x²/2}/√(2π) (a solver that needs both, or
 * that gets φ(x) from a neighbour by an exact identity): the same Cody approximation as normalCdf,
 * whose middle range, 0.46875√2 < |x| <= 4√2, needs exactly that exponential, so one exp serves
 * both. There, with pdf accurate to a few ulps, it agrees with normalCdf to ~1e-16 absolute;
 * elsewhere it is normalCdf itself (pdf unused).
 */
export function normalCdfWithPdf(x: number, pdf: number): number {
  const y = Math.abs(x) * Math.SQRT1_2;
  if (y > 0.46875 && y <= 4) {
    const tail = 0.5 * codyMiddle(y) * (2.506628274631000502415765284811045253 * pdf); // Φ(−|x|) = ½·erfc(|x|/√2); √(2π)
    return x < 0 ? tail : 1 - tail;
  }
  return normalCdf(x);
}

/**
 * normalCdfFast's table: nodes x_i = −FAST_RANGE + i/FAST_SCALE, six Taylor coefficients each,
 * in powers of u = FAST_SCALE·(x − x_i) so that the evaluation needs no scaling.
 */
// The fast functions below write these two as the literals 9 and 16: V8 reads a module-level
// constant from memory, and checks its type, at every use.
const FAST_RANGE = 9;
const FAST_SCALE = 16;
const FAST_NODES = 2 * FAST_RANGE * FAST_SCALE + 1;

/**
 * Taylor coefficients of Φ at each node: Φ(x_i + d) = Σ c_n dⁿ with c_0 = Φ(x_i) and
 * c_n = φ(x_i)·(−1)^{n−1}·He_{n−1}(x_i)/n! for n ≥ 1 (He the probabilists' Hermite polynomials),
 * stored as c_n / FAST_SCALEⁿ.
 */
function buildFastTable(): Float64Array {
  const table = new Float64Array(6 * FAST_NODES);
  const h = 1 / FAST_SCALE;
  for (let i = 0; i < FAST_NODES; i++) {
    const x = -FAST_RANGE + i / FAST_SCALE;
    const pdf = normalPdf(x);
    const x2 = x * x;
    const base = 6 * i;
    table[base] = normalCdf(x);
    table[base + 1] = pdf * h;
    table[base + 2] = ((-x * pdf) / 2) * h ** 2; // He1 = x
    table[base + 3] = (((x2 - 1) * pdf) / 6) * h ** 3; // He2 = x² − 1
    table[base + 4] = ((-(x2 - 3) * x * pdf) / 24) * h ** 4; // He3 = x³ − 3x
    table[base + 5] = (((x2 * x2 - 6 * x2 + 3) * pdf) / 120) * h ** 5; // He4 = x⁴ − 6x² + 3
  }
  return table;
}
/** As a plain array: V8 reads a plain array of doubles with fewer checks than a typed one. */
const FAST_TABLE = Array.from(buildFastTable());

/**
 * The derivative of each node's polynomial, ready for normalPdfFast: FAST_SCALE·(n + 1)·c_{n+1}
 * for n = 0…4, five per node (the same polynomial's derivative, without its five multiplications).
 */
const FAST_PDF_TABLE = Array.from((() => {
  const table = new Float64Array(5 * FAST_NODES);
  for (let i = 0; i < FAST_NODES; i++) {
    for (let n = 0; n < 5; n++) table[5 * i + n] = FAST_SCALE * (n + 1) * (FAST_TABLE[6 * i + n + 1] as number);
  }
  return table;
})());

/**
 * Φ(x) to an absolute error below 1e-11 (not the relative precision of normalCdf in the tails),
 * about four times faster: a degree-5 Taylor expansion around the nearest of the nodes spaced
 * 1/16 apart on [−9, 9]. The truncation error is at most φ(x)|He5(x)|·(1/32)⁶/720 < 3e-12; outside
 * [−9, 9] it returns 0 or 1 (Φ(−9) ≈ 1.1e-19). For inner loops that only need a few more digits
 * than their own tolerance (the American boundary's fixed-point iterations). NaN in, NaN out.
 */
export function normalCdfFast(x: number): number {
  if (x > -9 && x < 9) {
    const table = FAST_TABLE;
    const t = (x + 9) * 16;
    const i = (t + 0.5) | 0;
    const u = t - i;
    const u2 = u * u;
    const b = 6 * i;
    // Estrin's scheme: a shorter chain of dependent operations than Horner's.
    return (table[b] as number) + u * (table[b + 1] as number) + u2 * ((table[b + 2] as number) + u * (table[b + 3] as number) +
      u2 * ((table[b + 4] as number) + u * (table[b + 5] as number)));
  }
  return x >= 9 ? 1 : x <= -9 ? 0 : x; // x is NaN here
}

/**
 * φ(x) from normalCdfFast's table: the derivative of its degree-5 Taylor expansion. The truncation
 * error is about φ(x)|He5(x)|·(1/32)⁵/120, below 1e-9 absolute; 0 outside [−9, 9] (φ(9) ≈ 1e-18).
 * NaN in, NaN out.
 */
export function normalPdfFast(x: number): number {
  if (x > -9 && x < 9) {
    const table = FAST_PDF_TABLE;
    const t = (x + 9) * 16;
    const i = (t + 0.5) | 0;
    const u = t - i;
    const u2 = u * u;
    const b = 5 * i;
    return (table[b] as number) + u * (table[b + 1] as number) + u2 * ((table[b + 2] as number) + u * (table[b + 3] as number) + u2 * (table[b + 4] as number));
  }
  return x === x ? 0 : x; // x is NaN here
}

/**
 * a·Φ(x) + φ(x) from one reading of normalCdfFast's table (Φ and φ together, as the American
 * boundary's φ-form integrand needs them): errors as normalCdfFast and normalPdfFast. Beyond ±9,
 * a·(0 or 1). NaN in, NaN out.
 */
export function normalCdfScaledPlusPdfFast(x: number, a: number): number {
  if (x > -9 && x < 9) {
    const table = FAST_TABLE;
    const t = (x + 9) * 16;
    const i = (t + 0.5) | 0;
    const u = t - i;
    const u2 = u * u;
    const b = 6 * i;
    const c0 = table[b] as number;
    const c1 = table[b + 1] as number;
    const c2 = table[b + 2] as number;
    const c3 = table[b + 3] as number;
    const c4 = table[b + 4] as number;
    const c5 = table[b + 5] as number;
    const cdf = c0 + u * c1 + u2 * (c2 + u * c3 + u2 * (c4 + u * c5));
    const pdf = 16 * (c1 + 2 * u * c2 + u2 * (3 * c3 + 4 * u * c4 + 5 * u2 * c5));
    return a * cdf + pdf;
  }
  return x >= 9 ? a : x <= -9 ? 0 : x; // x is NaN here
}

// Acklam (2003), "An algorithm for computing the inverse normal cumulative distribution function".
const IA = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239] as const;
const IB = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572] as const;
const IC = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const ID = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/** Acklam's tail approximation in q = √(−2 ln p), for p < P_LOW; the lower-tail quantile. */
function acklamTail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  return (((((IC[0] * q + IC[1]) * q + IC[2]) * q + IC[3]) * q + IC[4]) * q + IC[5]) /
    ((((ID[0] * q + ID[1]) * q + ID[2]) * q + ID[3]) * q + 1);
}

/**
 * Inverse standard normal cdf Φ⁻¹(p) for p in [0, 1]: Acklam's rational approximation (relative
 * error 1.15e-9) polished by one Halley step on our own Φ, which brings it to near machine
 * precision. Returns −∞ at 0, +∞ at 1, NaN outside [0, 1].
 */
export function inverseNormalCdf(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  let x: number;
  if (p < P_LOW) x = acklamTail(p);
  else if (p > 1 - P_LOW) x = -acklamTail(1 - p);
  else {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((IA[0] * r + IA[1]) * r + IA[2]) * r + IA[3]) * r + IA[4]) * r + IA[5]) * q) /
      (((((IB[0] * r + IB[1]) * r + IB[2]) * r + IB[3]) * r + IB[4]) * r + 1);
  }
  // Halley step, done on the smaller tail so the residual keeps its relative precision.
  const e = x <= 0 ? normalCdf(x) - p : (1 - p) - normalCdf(-x);
  const u = e / normalPdf(x);
  if (!Number.isFinite(u)) return x;
  return x - u / (1 + (x * u) / 2);
}
