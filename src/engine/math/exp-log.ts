/**
 * e^x and ln x in plain arithmetic, for the inner loops of the American boundary solver. Math.exp
 * and Math.log leave compiled code for a C function, and every floating-point register that is live
 * across such a call is saved and restored around it; these are inlined instead. Both are
 * table-driven, after P. T. P. Tang ("Table-driven implementation of the exponential function in
 * IEEE floating-point arithmetic", ACM TOMS 15(2), 1989, and "… of the logarithm function", ACM
 * TOMS 16(4), 1990): a table entry carries the bulk of the result, a short polynomial the rest.
 * Relative error a few units in the last place; outside the plain range (huge, tiny, non-finite,
 * non-positive arguments) they return Math.exp / Math.log themselves.
 */

const STEPS = 128; // table entries per octave
// ln 2 is split as fdlibm splits it: ln2_hi = 6.93147180369123816490e-1 has 32 significant bits,
// so n·ln2_hi is exact for |n| < 2²¹, and ln2_lo = 1.90821492927058770002e-10 is the rest. The
// functions below write the constants they need as literals (ln2_hi/128 = 0.00541521234663378,
// ln2_lo/128 = 1.4907929134926466e-12, 128/ln 2 = 184.6649652337873, BIAS = 1023): V8 reads a
// module-level constant from memory, and checks its type, at every use.

/** 2^(j/128), j = 0…127. */
const FRACTION = Float64Array.from({ length: STEPS }, (_, j) => Math.pow(2, j / STEPS));
/** 2^m for m = −1023…1023 (POWER[m + BIAS]): exact powers of two, so scaling by one is exact whenever the result is a normal double. */
const BIAS = 1023;
const POWER = Float64Array.from({ length: 2047 }, (_, i) => Math.pow(2, i - BIAS));

/**
 * e^x: x = (k/128)·ln 2 + r with |r| ≤ ln 2/256, e^x = 2^⌊k/128⌋ · 2^((k mod 128)/128) · e^r, and
 * e^r by its degree-5 Taylor polynomial (truncation below r⁶/720 < 5e-19).
 */
export function expFast(x: number): number {
  if (!(x > -700 && x < 700)) return Math.exp(x);
  const k = Math.round(x * 184.6649652337873);
  const r = x - k * 0.00541521234663378 - k * 1.4907929134926466e-12;
  const n = k | 0;
  const p = 1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))));
  return (POWER[(n >> 7) + 1023] as number) * ((FRACTION[n & 127] as number) * p);
}

/**
 * e^x for |x| ≤ 1/8 (the caller checks): its degree-9 Taylor polynomial, truncation below
 * (1/8)¹⁰/10! < 3e-16 relative, and no table to read. For weights e^{r·u} of markets whose
 * r·T is that small, which is most of them.
 */
export function expSmall(x: number): number {
  return 1 + x * (1 + x * (1 / 2 + x * (1 / 6 + x * (1 / 24 + x * (1 / 120 + x * (1 / 720 + x * (1 / 5040 + x * (1 / 40320 + x * (1 / 362880)))))))));
}

/**
 * True when expSmall covers e^{r·t} and e^{q·t} for every t in [0, T]: |r·T|, |q·T| ≤ 1/8. A
 * per-market check, so that the loops over times choose once.
 */
export function ratesWithinExpSmall(r: number, q: number, T: number): boolean {
  return Math.abs(r * T) <= 0.125 && Math.abs(q * T) <= 0.125;
}

/** The double's bits, read through a second view of its bytes. */
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
BITS[0] = 1;
/** Index of the word holding sign, exponent and the top 20 mantissa bits (1 on little-endian machines). */
const HIGH = WORDS[1] === 0x3ff00000 ? 1 : 0;

/** For the centres c_j = 1 + j/128, j = 0…128: 1/c_j and ln c_j (ln c_0 = 0 exactly). */
const INV_CENTRE = Float64Array.from({ length: STEPS + 1 }, (_, j) => 1 / (1 + j / STEPS));
const LOG_CENTRE = Float64Array.from({ length: STEPS + 1 }, (_, j) => Math.log(1 + j / STEPS));

/**
 * ln x: x = 2^e·m with m in [1, 2); the centre c_j nearest m (its top eight mantissa bits,
 * rounded) is within 1/256, so ln x = e·ln 2 + ln c_j + ln(1 + r) with r = (m − c_j)/c_j,
 * |r| ≤ 1/256, and ln(1 + r) by its degree-6 Taylor polynomial (truncation below r⁷/7 < 3e-18).
 * m − c_j is exact, and ln 1 = 0 exactly.
 */
export function logFast(x: number): number {
  if (!(x >= 2.2250738585072014e-308 && x < Infinity)) return Math.log(x);
  BITS[0] = x;
  const high = WORDS[HIGH] as number;
  const e = (high >>> 20) - 1023;
  const j = (((high >>> 12) & 255) + 1) >>> 1;
  const m = x * (POWER[1023 - e] as number);
  const r = (m - (1 + j / 128)) * (INV_CENTRE[j] as number);
  const poly = r * (1 + r * (-0.5 + r * (1 / 3 + r * (-0.25 + r * (0.2 + r * (-1 / 6))))));
  return e * 6.93147180369123816490e-1 + ((LOG_CENTRE[j] as number) + (e * 1.90821492927058770002e-10 + poly));
}
