/**
 * Seeded pseudo-random numbers for reproducible Monte Carlo: xoshiro128** (Blackman & Vigna,
 * "Scrambled linear pseudorandom number generators", 2018/2021) seeded through splitmix32, and
 * standard normals by Marsaglia's polar method (Marsaglia & Bray, SIAM Review 6 (1964)).
 * State lives in one Uint32Array so the hot loop allocates nothing.
 */

export interface NormalSource {
  /** Fills `out` with independent standard normal draws. */
  fill(out: Float64Array): void;
  /** One uniform draw in [0, 1). */
  uniform(): number;
}

/** splitmix32 step: spreads a 32-bit seed into well-mixed state words (never all zero). */
function splitmix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** The xoshiro128** state seeded from a 32-bit integer seed. */
export function seedState(seed: number): Uint32Array {
  const next = splitmix32(seed);
  const s = new Uint32Array([next(), next(), next(), next()]);
  if (((s[0] as number) | (s[1] as number) | (s[2] as number) | (s[3] as number)) === 0) s[0] = 1;
  return s;
}

/** Next 32-bit output of xoshiro128** (advances `s` in place). */
export function nextUint32(s: Uint32Array): number {
  const s0 = s[0] as number;
  const s1 = s[1] as number;
  const s2 = s[2] as number;
  const s3 = s[3] as number;
  const x = Math.imul(s1, 5);
  const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
  const t = s1 << 9;
  const n2 = s2 ^ s0;
  const n3 = s3 ^ s1;
  s[1] = s1 ^ n2;
  s[0] = s0 ^ n3;
  s[2] = n2 ^ t;
  s[3] = (n3 << 11) | (n3 >>> 21);
  return result;
}

/** A seeded source of uniforms and standard normals; same seed, same sequence on every platform. */
export function createNormalSource(seed: number): NormalSource {
  const s = seedState(seed);
  let spare = 0;
  let hasSpare = false;
  const uniform = (): number => nextUint32(s) / 4294967296;
  const next = (): number => {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    let u: number;
    let v: number;
    let q: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q === 0);
    const f = Math.sqrt((-2 * Math.log(q)) / q);
    spare = v * f;
    hasSpare = true;
    return u * f;
  };
  return {
    uniform,
    fill(out: Float64Array): void {
      for (let i = 0; i < out.length; i++) out[i] = next();
    },
  };
}
