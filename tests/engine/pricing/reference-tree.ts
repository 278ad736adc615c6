/**
 * An independent reference for American prices, written apart from the engine: the binomial
 * Black–Scholes tree with Richardson extrapolation (BBSR; Broadie & Detemple, "American option
 * valuation: new bounds, approximations, and a comparison of existing methods", Review of
 * Financial Studies 9(4), 1996): a Cox–Ross–Rubinstein lattice whose last step is the
 * Black–Scholes value over one step, at n and 2n steps, extrapolated as 2·V(2n) − V(n).
 */

/** Standard normal cdf by Hart's double-precision algorithm (West, "Better approximations to cumulative normal functions", Wilmott 2005; Haug 2nd ed. §13.1.1). */
export function hartCdf(x: number): number {
  const a = Math.abs(x);
  let tail = 0;
  if (a <= 37) {
    const e = Math.exp((-a * a) / 2);
    if (a < 7.07106781186547) {
      const num = ((((((0.0352624965998911 * a + 0.700383064443688) * a + 6.37396220353165) * a + 33.912866078383) * a + 112.079291497871) * a + 221.213596169931) * a + 220.206867912376);
      const den = (((((((0.0883883476483184 * a + 1.75566716318264) * a + 16.064177579207) * a + 86.7807322029461) * a + 296.564248779674) * a + 637.333633378831) * a + 793.826512519948) * a + 440.413735824752);
      tail = (e * num) / den;
    } else {
      tail = e / (a + 1 / (a + 2 / (a + 3 / (a + 4 / (a + 0.65))))) / 2.506628274631;
    }
  }
  return x > 0 ? 1 - tail : tail;
}

/** Black–Scholes–Merton European value (Hull, "Options, Futures, and Other Derivatives", ch. 17 with a yield q). */
function european(call: boolean, s: number, k: number, r: number, q: number, t: number, vol: number): number {
  const v = vol * Math.sqrt(t);
  const d1 = (Math.log(s / k) + (r - q) * t) / v + v / 2;
  const d2 = d1 - v;
  return call
    ? s * Math.exp(-q * t) * hartCdf(d1) - k * Math.exp(-r * t) * hartCdf(d2)
    : k * Math.exp(-r * t) * hartCdf(-d2) - s * Math.exp(-q * t) * hartCdf(-d1);
}

function bbs(call: boolean, s: number, k: number, r: number, q: number, t: number, vol: number, n: number): number {
  const dt = t / n;
  const u = Math.exp(vol * Math.sqrt(dt));
  const p = (Math.exp((r - q) * dt) - 1 / u) / (u - 1 / u);
  const df = Math.exp(-r * dt);
  const sign = call ? 1 : -1;
  const values = new Float64Array(n);
  // Step n − 1: the larger of exercise and the one-step Black–Scholes value.
  for (let j = 0; j < n; j++) {
    const node = s * Math.pow(u, 2 * j - (n - 1));
    values[j] = Math.max(sign * (node - k), european(call, node, k, r, q, dt, vol));
  }
  const u2 = u * u;
  for (let i = n - 2; i >= 0; i--) {
    let node = s * Math.pow(u, -i);
    for (let j = 0; j <= i; j++, node *= u2) {
      const hold = df * (p * (values[j + 1] as number) + (1 - p) * (values[j] as number));
      values[j] = Math.max(hold, sign * (node - k));
    }
  }
  return values[0] as number;
}

/** BBSR American value with n and 2n steps. */
export function bbsrAmerican(call: boolean, s: number, k: number, r: number, q: number, t: number, vol: number, n: number): number {
  return 2 * bbs(call, s, k, r, q, t, vol, 2 * n) - bbs(call, s, k, r, q, t, vol, n);
}
