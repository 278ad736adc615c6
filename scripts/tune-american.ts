/**
 * Re-derives the American scheme tables of src/engine/pricing/american-schemes.ts: for each side
 * (q ≥ r, q < r) and each (s, v) cell, the lowest rung of SCHEME_LADDER that keeps every tuning
 * market of the cell within 0.7 × its target. `npm run tune:american` (a few minutes; prints the
 * tables to paste). Markets: 24,000 in the core region (r 0–12 %, q −4–12 %, vol 5–80 %,
 * 0.02–3 years) against 7e-5 per 100 of spot or strike, whichever is larger; 12,000 beyond it
 * (r to 16 %, q −5–16 %, vol to 150 %, to 10 years) against 3e-4; three spot/strike ratios each.
 */
import { buildPutPricer } from '../src/engine/pricing/american-put';
import { S_EDGES, SCHEME_LADDER, V_EDGES } from '../src/engine/pricing/american-schemes';
import { REFERENCE_SCHEME } from './american-reference';

interface Market {
  readonly r: number;
  readonly q: number;
  readonly vol: number;
  readonly T: number;
  /** Spot / strike of the put. */
  readonly xs: readonly number[];
  readonly reference: readonly number[];
  readonly target: number;
}

const MARGIN = 0.7;

/** mulberry32 (Tommy Ettinger's public-domain generator). */
function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withReference(r: number, q: number, vol: number, T: number, xs: number[], target: number): Market {
  const pricer = buildPutPricer(r, q, vol, T, REFERENCE_SCHEME, false);
  return { r, q, vol, T, xs, reference: xs.map((x) => pricer(x)), target };
}

function coreMarkets(): Market[] {
  const rand = generator(4242);
  const out: Market[] = [];
  while (out.length < 24_000) {
    const r = -0.04 + 0.16 * rand();
    const q = -0.04 + 0.16 * rand();
    if (r <= 0) continue;
    const vol = 0.05 * Math.exp(Math.log(16) * rand());
    const T = 0.02 + 2.98 * rand() ** 1.5;
    const xs = [0.7 + 0.75 * rand(), 0.7 + 0.75 * rand(), 0.85 + 0.3 * rand()];
    out.push(withReference(r, q, vol, T, xs, 7e-5));
  }
  return out;
}

function wideMarkets(): Market[] {
  const rand = generator(99);
  const out: Market[] = [];
  while (out.length < 12_000) {
    const r = -0.04 + 0.2 * rand();
    const q = -0.05 + 0.21 * rand();
    if (r <= 0) continue;
    const vol = 0.05 * Math.exp(Math.log(30) * rand());
    const T = 0.02 + 9.98 * rand() ** 2;
    if (vol <= 0.8 && T <= 3 && r <= 0.12 && q <= 0.12 && q >= -0.04) continue; // the core region
    const xs = [0.6 + 0.9 * rand(), 0.6 + 0.9 * rand(), 0.85 + 0.3 * rand()];
    out.push(withReference(r, q, vol, T, xs, 3e-4));
  }
  return out;
}

function binOf(edges: readonly number[], x: number): number {
  let i = 0;
  while (i < edges.length && x >= (edges[i] as number)) i++;
  return i;
}

/** True when the scheme keeps every market within MARGIN × its target (error per 100 of max(spot, strike)). */
function passes(markets: readonly Market[], rung: number): boolean {
  for (const m of markets) {
    const pricer = buildPutPricer(m.r, m.q, m.vol, m.T, SCHEME_LADDER[rung], false);
    for (let j = 0; j < m.xs.length; j++) {
      const x = m.xs[j] as number;
      const error = 100 * Math.max(1, 1 / x) * Math.abs(pricer(x) - (m.reference[j] as number));
      if (!(error <= MARGIN * m.target)) return false;
    }
  }
  return true;
}

const markets = [...coreMarkets(), ...wideMarkets()];
for (const side of ['q ≥ r', 'q < r'] as const) {
  const rows: string[] = [];
  for (let si = 0; si <= S_EDGES.length; si++) {
    const row: string[] = [];
    for (let vi = 0; vi <= V_EDGES.length; vi++) {
      const cell = markets.filter((m) => {
        const s = (Math.max(Math.abs(m.r), Math.abs(m.q), Math.abs(m.r - m.q)) * Math.sqrt(m.T)) / m.vol;
        return (side === 'q ≥ r') === (m.q >= m.r) && binOf(S_EDGES, s) === si && binOf(V_EDGES, m.vol * Math.sqrt(m.T)) === vi;
      });
      let rung = 0;
      while (rung < SCHEME_LADDER.length - 1 && !passes(cell, rung)) rung++;
      row.push(cell.length === 0 ? 'X' : String(rung));
    }
    rows.push(`  [${row.join(', ')}],`);
  }
  console.log(`${side}:\n${rows.join('\n')}`);
}
