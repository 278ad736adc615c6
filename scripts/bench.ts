/**
 * Engine benchmarks on one core: `npm run bench`. Each case runs for about a second after a
 * warm-up, over pre-generated varied inputs (so nothing is constant-folded), and prints
 * operations per second or time per call. Figures go to docs/performance.md.
 */
import { cpus } from 'node:os';
import { priceAmericanValue } from '../src/engine/pricing/american';
import { priceEuropean } from '../src/engine/pricing/european';
import { impliedVol, priceOption } from '../src/engine/pricing/price-option';
import type { ModelParams } from '../src/engine/pricing/types';
import { parametricRisk } from '../src/engine/portfolio/parametric';
import { runMonteCarlo } from '../src/engine/portfolio/monte-carlo';
import { parsePriceCsv } from '../src/engine/market/csv';
import { computeMode } from '../src/calc/calculate';
import { hedgeOdds, planBeta, planCollar, planCross, planProtectivePut, planPutSpread, planShortSale, revalueGrid } from '../src/engine';
import { DEFAULT_SCENARIO } from '../src/state/presets';
import { americanGrid } from './american-grid';
import { referenceAmerican } from './american-reference';
import { hartCdf } from '../tests/engine/pricing/reference-tree';

const N = 4096;
let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}

const params: ModelParams[] = Array.from({ length: N }, (_, i) => ({
  type: i % 2 === 0 ? 'call' : 'put',
  spot: 100,
  strike: 70 + 60 * rand(),
  r: 0.05 * rand(),
  b: 0.05 * rand() - 0.02,
  t: 0.05 + 2 * rand(),
  vol: 0.1 + 0.5 * rand(),
}));

let sink = 0;
/** Calls `fn` for 0.3 s first, so that the optimising compiler has settled before timing starts. */
function warmUp(fn: (i: number) => number): void {
  const end = performance.now() + 300;
  for (let i = 0; performance.now() < end; i += 64) for (let k = 0; k < 64; k++) sink += fn((i + k) % N);
}

/** Runs `fn(i)` for about `seconds`, returns calls per second. */
function perSecond(fn: (i: number) => number, seconds = 1): number {
  warmUp(fn);
  let calls = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  let now = start;
  while (now < end) {
    for (let k = 0; k < 256; k++) sink += fn((calls + k) % N);
    calls += 256;
    now = performance.now();
  }
  return calls / ((now - start) / 1000);
}

/** Like perSecond, but calls per second of this process's CPU time (other processes' load cancels). */
function perCpuSecond(fn: (i: number) => number, seconds = 1): number {
  warmUp(fn);
  let calls = 0;
  const cpu0 = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let k = 0; k < 256; k++) sink += fn((calls + k) % N);
    calls += 256;
  }
  const cpu = process.cpuUsage(cpu0);
  return calls / ((cpu.user + cpu.system) / 1e6);
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median time of `runs` calls of `fn`, in milliseconds. */
function medianMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const rows: [string, string, string][] = [];
function report(name: string, value: string, target: string) {
  rows.push([name, value, target]);
  console.log(`${name.padEnd(58)} ${value.padStart(18)}   target ${target}`);
}

console.log(`Microhedge engine benchmarks — ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, one core\n`);

report('European price + all Greeks (priceEuropean)', `${fmt(perSecond((i) => priceEuropean(params[i] as ModelParams).delta))} /s`, '≥ 5,000,000 /s');
const publicInputs = params.map((p) => ({ type: p.type, spot: p.spot, strike: p.strike, r: p.r, q: p.r - p.b, t: p.t, vol: p.vol }));

// The same price and Greeks as a bare closed-form loop: no validation, no objects, Hart's
// double-precision normal cdf (the independent reference's own, tests/engine/pricing/reference-tree.ts) (West, Wilmott 2005; Haug 2nd ed. §13.1.1), the textbook formulas
// (Haug §1.1.6, §2.1). It and priceOption alternate, CPU time each, so the ratio holds on a busy machine.
function bareBsm(i: number): number {
  const o = publicInputs[i]!;
  const call = o.type === 'call';
  const sqrtT = Math.sqrt(o.t);
  const v = o.vol * sqrtT;
  const dq = Math.exp(-o.q * o.t);
  const dr = Math.exp(-o.r * o.t);
  const d1 = (Math.log(o.spot / o.strike) + (o.r - o.q) * o.t) / v + 0.5 * v;
  const d2 = d1 - v;
  const pdf = Math.exp(-0.5 * d1 * d1) / 2.5066282746310002;
  const n1 = hartCdf(call ? d1 : -d1);
  const n2 = hartCdf(call ? d2 : -d2);
  const sign = call ? 1 : -1;
  const price = sign * (o.spot * dq * n1 - o.strike * dr * n2);
  const delta = sign * dq * n1;
  const gamma = (dq * pdf) / (o.spot * v);
  const vega = o.spot * dq * pdf * sqrtT;
  const theta = -(o.spot * dq * pdf * o.vol) / (2 * sqrtT) + sign * (o.q * o.spot * dq * n1 - o.r * o.strike * dr * n2);
  const rho = sign * o.t * o.strike * dr * n2;
  return price + delta + gamma + vega + theta + rho;
}
function validated(i: number): number {
  const r = priceOption(publicInputs[i]!);
  if (!r.ok) return 0;
  const v = r.value;
  return v.price + v.delta + v.gamma + v.vega + v.theta + v.rho;
}
const bare: number[] = [];
const checked: number[] = [];
for (let round = 0; round < 7; round++) {
  bare.push(perCpuSecond(bareBsm, 0.4));
  checked.push(perCpuSecond(validated, 0.4));
}
const europeanRatio = median(checked) / median(bare);
report('  bare closed-form loop, price + Greeks (Hart cdf), per CPU second', `${fmt(median(bare))} /s`, '—');
report('  priceOption (validation + Result), per CPU second', `${fmt(median(checked))} /s`, '—');
report('  ratio priceOption / bare loop (median of 7 alternating rounds)', `${europeanRatio.toFixed(2)}×`, '≥ 0.5×');

const ivInputs = params.map((p, i) => ({ ...publicInputs[i]!, vol: undefined, price: priceEuropean(p).price })).map(({ vol: _v, ...rest }) => rest);
report('Implied volatility, European (impliedVol)', `${fmt(perSecond((i) => { const r = impliedVol(ivInputs[i]!); return r.ok ? r.value : 0; }))} /s`, '≥ 1,000,000 /s');

// American: a new market (r, q, σ, T) on every call, so the boundary cache never helps. The
// median of five rounds each, as the European ratio: one round swings by ±15 % on a shared machine.
const american = (i: number) => priceAmericanValue(params[i] as ModelParams);
const americanSpeed = median(Array.from({ length: 5 }, () => perSecond(american, 0.4)));
const americanCpu = median(Array.from({ length: 5 }, () => perCpuSecond(american, 0.4)));
report('American price (priceAmericanValue), a new market each call (median of 5)', `${fmt(americanSpeed)} /s`, '≥ 100,000 /s');
report('  same, per CPU second (median of 5)', `${fmt(americanCpu)} /s`, '≥ 100,000 /s');
report('  same, relative to the bare European loop (per CPU second)', `${(americanCpu / median(bare)).toFixed(4)}×`, '—');
const grid = americanGrid();
let worst = 0;
for (const p of grid) worst = Math.max(worst, Math.abs(priceAmericanValue(p) - referenceAmerican(p)));
let worstDrawn = 0;
for (let i = 0; i < N; i += 16) worstDrawn = Math.max(worstDrawn, Math.abs(priceAmericanValue(params[i]!) - referenceAmerican(params[i]!)));
report(`  max error vs the fine reference, ${grid.length} grid options`, worst.toExponential(2), '≤ 1e-4');
report(`  max error vs the fine reference, ${N / 16} of the drawn options`, worstDrawn.toExponential(2), '≤ 1e-4');

// Every hedge plan of the investor's target, called on the engine directly (validated inputs in, plans out).
const target = { symbol: 'NRB', quantity: 1200, price: 62.5, currency: 'EUR', volAnnual: 0.45, dividendYield: 0, beta: 1.6 };
const optionCommon = { target, market: { r: 0.03, tenorYears: 0.5 }, fees: { commissionPerContract: '1.50', exchangeFeePerContract: '0.30' }, sizing: { contractSize: 100 }, exercise: 'american' as const };
function allPlans(k: number): number {
  const s = { ...optionCommon, target: { ...target, price: 62.5 + (k % 7) * 0.01 } };
  const plans = [
    planProtectivePut({ ...s, putStrike: 56 }),
    planCollar({ ...s, putStrike: 56, solveZeroCost: true }),
    planPutSpread({ ...s, longPutStrike: 56, shortPutStrike: 48 }),
    planShortSale({ target: s.target, market: s.market, borrowFeeAnnual: '0.01', margin: { initialFraction: 0.5, stressMove: 0.2 } }),
    planCross({ target: s.target, market: { futuresPrice: 820, tenorYears: 0.5 }, sizing: { contractSize: 50 }, estimate: { method: 'typed', rho: 0.75, sigmaS: 28.1, sigmaF: 229.6 }, periodYears: 1, fees: s.fees }),
    planBeta({
      target: { symbol: 'Portfolio', amount: 249_500, currency: 'EUR', beta: 0.86 },
      market: { futuresPrice: 4900, indexLevel: 4827, r: 0.03, indexDividendYield: 0, tenorYears: 0.5 }, sizing: { contractSize: 10 }, fees: s.fees,
    }),
  ];
  return plans.filter((p) => p.ok).length;
}
let k = 0;
report('All hedge plans for one target (engine: put, collar, spread, short, cross, beta)', `${medianMs(() => allPlans(k++), 300).toFixed(3)} ms`, '≤ 1 ms');
// Before expiry: the date × price grid of the investor's American collar (two legs), a new volatility
// shift on every call (as the slider moves), so no boundary is reused from the previous call.
const collarPlan = planCollar({ ...optionCommon, putStrike: 56, solveZeroCost: true });
if (collarPlan.ok) {
  let shift = 0;
  report('Before-expiry grid, American collar (about 16 prices × 7 dates, 2 legs)', `${medianMs(() => revalueGrid({ plan: collarPlan.value, volShift: (shift++ % 40) / 1000 }), 50).toFixed(2)} ms`, '≤ 16 ms (one frame)');
  report('  its lognormal odds (hedgeOdds)', `${medianMs(() => hedgeOdds({ plan: collarPlan.value, volShift: (shift++ % 40) / 1000 }), 200).toFixed(3)} ms`, '—');
}
const investor = { ...DEFAULT_SCENARIO, prefs: { ...DEFAULT_SCENARIO.prefs, mode: 'stock' as const } };
report('  same from typed text (parse, plan, map errors: the UI calculation)', `${medianMs(() => computeMode(investor), 300).toFixed(3)} ms`, '—');

// Parametric risk, 50 positions with a valid correlation matrix (one-factor structure).
const n = 50;
const loadings = Array.from({ length: n }, () => 0.3 + 0.6 * rand());
const corr = loadings.map((a, i) => loadings.map((b, j) => (i === j ? 1 : a * b)));
const riskInput = { values: loadings.map(() => 10_000 + 90_000 * rand()), volsAnnual: loadings.map(() => 0.1 + 0.4 * rand()), correlation: corr, horizonYears: 10 / 252 };
report('Parametric VaR/ES + component VaR, 50 positions', `${medianMs(() => parametricRisk(riskInput), 200).toFixed(3)} ms`, '≤ 1 ms');

// Monte Carlo 100,000 paths × 20 assets (here on the main thread of Node; the app runs it in a worker).
const m = 20;
const mLoad = loadings.slice(0, m);
const mcInput = {
  volsAnnual: mLoad.map(() => 0.15 + 0.3 * rand()),
  correlation: mLoad.map((a, i) => mLoad.map((b, j) => (i === j ? 1 : a * b))),
  horizonYears: 10 / 252,
  positions: mLoad.map((_, i) => ({ kind: 'linear' as const, asset: i, value: 50_000 })),
  paths: 100_000,
  seed: 7,
};
report('Monte Carlo 100,000 paths × 20 assets', `${medianMs(() => runMonteCarlo(mcInput), 3).toFixed(0)} ms`, '≤ 1,000 ms');

// CSV: 10 years × 50 assets of daily prices, long format (~126,000 rows).
const lines = ['symbol,date,price'];
for (let a = 0; a < 50; a++) {
  let price = 100;
  const day = new Date(Date.UTC(2010, 0, 4));
  for (let d = 0; d < 2520; d++) {
    price *= 1 + (rand() - 0.5) * 0.02;
    lines.push(`A${a},${day.toISOString().slice(0, 10)},${price.toFixed(4)}`);
    day.setUTCDate(day.getUTCDate() + (day.getUTCDay() === 5 ? 3 : 1));
  }
}
const csv = lines.join('\n');
report(`CSV parse, 10 y × 50 assets daily (${fmt(lines.length - 1)} rows)`, `${medianMs(() => parsePriceCsv(csv), 5).toFixed(0)} ms`, '≤ 500 ms');

if (sink === 42) console.log('');
