/**
 * Every planner and combinePlans fed arbitrary plain data: wrong types, NaN, ±Infinity, 1e-300,
 * 1e308, huge, negative, zero and missing fields, in the engine's one input signature. Laws:
 * never throws; a failure names at least one field; an ok plan holds no non-finite number
 * anywhere (the whole object is walked, Money amounts included) and its payoff functions are
 * finite across its own axis range.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  combinePlans, planBeta, planCollar, planCross, planFutures, planFxForward, planFxOption, planProtectivePut, planPutSpread,
  planRateFutures, planRateLock, planRateSwap, planShortSale,
} from '../../../src/engine';
import type { HedgePlan, Result } from '../../../src/engine';

const JUNK = [Number.NaN, Infinity, -Infinity, 1e308, -1e308, -1, 0, -0, 5e-324, '', ' ', '1', 'NaN', '1e5', null, undefined, true, [], {}] as const;
const junk = fc.oneof(fc.constantFrom(...JUNK), fc.anything());
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: junk, weight: 1 });

/** Valid but extreme: the edges of what validation accepts. */
const positive = maybe(fc.oneof(
  fc.constantFrom(1e-300, 5e-324, 1e-12, 1e-6, 0.01, 1, 50, 100, 4900, 1e6, 1e12),
  fc.double({ min: 1e-300, max: 1e12, noNaN: true }),
));
const signed = maybe(fc.oneof(positive, positive.map((x) => (typeof x === 'number' ? -x : x))));
const rate = maybe(fc.oneof(fc.constantFrom(-0.99, -0.01, 0, 1e-300, 0.03, 0.08, 0.99, 1), fc.double({ min: -1, max: 1, noNaN: true })));
const years = maybe(fc.oneof(fc.constantFrom(1e-300, 1e-9, 1 / 365, 0.25, 1, 49.9, 50, 100), fc.double({ min: 1e-12, max: 100, noNaN: true })));
const share = maybe(fc.oneof(fc.constantFrom(0, 1e-300, 0.28, 1, 5, 10), fc.double({ min: 0, max: 10, noNaN: true })));
const vol = maybe(fc.oneof(fc.constantFrom(1e-300, 1e-6, 0.2, 1, 10), fc.double({ min: 1e-6, max: 10, noNaN: true })));
const text = maybe(fc.oneof(fc.constantFrom('0', '1.50', '0.011', '999999999999', '0.000000000001', '1,650.00'), fc.integer({ min: 0, max: 1e6 }).map((c) => (c / 100).toFixed(2))));
const rounding = maybe(fc.constantFrom('down', 'nearest', 'up'));
const ccy = maybe(fc.constantFrom('USD', 'EUR', 'JPY', 'KWD'));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const position = (sign: fc.Arbitrary<unknown>) => maybe(fc.record({ symbol: maybe(fc.constantFrom('X', 'USD', 'GBP')), quantity: sign, price: positive, currency: ccy, volAnnual: vol, dividendYield: rate, beta: opt(rate) }));
const amount = (needsBeta: boolean) => maybe(fc.record({ symbol: maybe(fc.constant('P')), amount: signed, currency: ccy, ...(needsBeta ? { beta: rate } : {}) }));
const sizing = maybe(fc.record({ contractSize: opt(positive), hedgeRatio: opt(share), rounding: opt(rounding) }, { requiredKeys: [] }));
const fees = opt(maybe(fc.record({ commissionPerContract: text, exchangeFeePerContract: text })));
const margin = opt(maybe(fc.record({ initialPerContract: opt(text), initialFraction: opt(share), stressMove: opt(share) }, { requiredKeys: [] })));
const optionMarket = maybe(fc.record({ r: rate, tenorYears: years }));

const inputs = {
  put: fc.record({ target: position(positive), market: optionMarket, sizing, fees, putStrike: positive, putPremiumQuote: opt(text), exercise: opt(maybe(fc.constantFrom('european', 'american'))) }),
  collar: fc.record({ target: position(positive), market: optionMarket, sizing, fees, putStrike: positive, callStrike: opt(positive), solveZeroCost: opt(maybe(fc.boolean())), exercise: opt(maybe(fc.constant('european'))) }),
  spread: fc.record({ target: position(positive), market: optionMarket, sizing, fees, longPutStrike: positive, shortPutStrike: positive, exercise: opt(maybe(fc.constant('european'))) }),
  short: fc.record({
    target: position(positive), market: maybe(fc.record({ tenorYears: years, r: opt(rate) })), sizing, margin, borrowFeeAnnual: text,
    comparable: opt(maybe(fc.record({ symbol: maybe(fc.constant('E')), price: positive, dividendYield: rate, correlation: opt(rate) }))),
    borrowDays: opt(maybe(fc.integer({ min: 0, max: 36_500 }))), dividendsPerUnit: opt(text), collateralMarkup: opt(text), commission: opt(text),
  }),
  futures: fc.record({ target: position(signed), market: maybe(fc.record({ futuresPrice: positive, expectedBasis: opt(signed) })), sizing, fees, margin, tailing: opt(maybe(fc.boolean())) }),
  cross: fc.record({
    target: position(signed), market: maybe(fc.record({ futuresPrice: positive, tenorYears: years })), sizing, fees, margin, tailing: opt(maybe(fc.boolean())),
    periodYears: opt(years),
    estimate: maybe(fc.oneof(
      fc.record({ method: fc.constant('typed'), rho: rate, sigmaS: positive, sigmaF: positive }),
      fc.record({ method: fc.constant('series'), spot: maybe(fc.array(positive, { minLength: 3, maxLength: 12 })), futures: maybe(fc.array(positive, { minLength: 3, maxLength: 12 })), basis: opt(maybe(fc.constantFrom('changes', 'returns', 'log-returns'))) }),
    )),
  }),
  fxForward: fc.record({ target: position(signed), market: maybe(fc.record({ r: rate, rForeign: rate, tenorYears: years, compounding: opt(maybe(fc.constantFrom('continuous', 'simple'))), bankForward: opt(positive) })), sizing }),
  fxOption: fc.record({ target: position(signed), market: maybe(fc.record({ r: rate, rForeign: rate, tenorYears: years })), sizing, fees, strike: positive }),
  rateFutures: fc.record({
    target: amount(false), market: maybe(fc.record({ futuresQuote: opt(positive) })), sizing, fees, margin,
    sensitivity: maybe(fc.oneof(
      fc.record({ method: fc.constant('duration'), portfolioDuration: years, futuresDuration: years }),
      fc.record({ method: fc.constant('dv01'), portfolioDv01: positive, futuresDv01: positive }),
    )),
  }),
  rateSwap: fc.record({ target: amount(false), market: maybe(fc.record({ floatingRate: rate, tenorYears: years })), sizing, loanSpread: rate, swapFixedRate: rate, accrualYears: opt(years), upfrontFee: opt(text) }),
  rateLock: fc.record({ target: amount(false), market: maybe(fc.record({ futuresQuote: maybe(fc.double({ min: 50.0001, max: 149.999, noNaN: true })) })), sizing, fees, margin, spread: rate, accrualYears: years, valuePerBasisPoint: text }),
  beta: fc.record({
    target: amount(true), sizing, fees, margin, targetBeta: opt(rate),
    market: maybe(fc.record({ futuresPrice: positive, indexLevel: positive, r: rate, indexDividendYield: rate, tenorYears: years, futuresMaturityYears: opt(years) })),
  }),
};

/** Every number anywhere in the plan is finite (Decimal amounts too); functions are skipped. */
function walkFinite(value: unknown, path: string, seen: Set<unknown>): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`non-finite ${value} at ${path}`);
    return;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  const decimal = value as { isFinite?: unknown; toFixed?: unknown; isNaN?: unknown };
  if (typeof decimal.isFinite === 'function' && typeof decimal.isNaN === 'function') {
    if (!(decimal.isFinite as () => boolean).call(value)) throw new Error(`non-finite decimal at ${path}`);
    return;
  }
  for (const [k, v] of Object.entries(value)) walkFinite(v, `${path}.${k}`, seen);
}

function expectSane(run: () => Result<HedgePlan>): void {
  let r: Result<HedgePlan>;
  try {
    r = run();
  } catch (e) {
    throw new Error(`threw: ${String(e)}`, { cause: e });
  }
  if (!r.ok) {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e.field === 'string' && typeof e.message === 'string' && e.message.length > 0).toBe(true);
    return;
  }
  const p = r.value;
  walkFinite(p, 'plan', new Set());
  const [lo, hi] = p.axis.range;
  expect(lo).toBeLessThan(hi);
  const xs = [p.axis.today, ...Array.from({ length: 9 }, (_, i) => lo + ((hi - lo) * i) / 8)];
  for (const x of xs) {
    const values = [p.payoff.unhedged(x), p.payoff.hedged(x), ...(p.payoff.hedgedAt ? [p.payoff.hedgedAt(x, 0.1)] : [])];
    for (const v of values) if (!Number.isFinite(v)) throw new Error(`${p.kind}: payoff ${v} at x = ${x}`);
  }
}

type Planner = (input: never) => Result<HedgePlan>;
const CASES: readonly [string, fc.Arbitrary<unknown>, Planner, number][] = [
  ['planProtectivePut', inputs.put, planProtectivePut, 60],
  ['planCollar', inputs.collar, planCollar, 60],
  ['planPutSpread', inputs.spread, planPutSpread, 60],
  ['planShortSale', inputs.short, planShortSale, 200],
  ['planFutures', inputs.futures, planFutures, 300],
  ['planCross', inputs.cross, planCross, 300],
  ['planFxForward', inputs.fxForward, planFxForward, 300],
  ['planFxOption', inputs.fxOption, planFxOption, 200],
  ['planRateFutures', inputs.rateFutures, planRateFutures, 300],
  ['planRateSwap', inputs.rateSwap, planRateSwap, 300],
  ['planRateLock', inputs.rateLock, planRateLock, 300],
  ['planBeta', inputs.beta, planBeta, 300],
];

describe('planners never throw and an ok plan is finite everywhere (fast-check)', () => {
  for (const [name, arb, plan, runs] of CASES) {
    it(`${name}: near-valid input with extreme and wrong values`, () => {
      fc.assert(fc.property(arb, (input) => expectSane(() => plan(input as never))), { numRuns: runs });
    });
    it(`${name}: anything at all`, () => {
      fc.assert(fc.property(fc.anything(), (input) => expectSane(() => plan(input as never))), { numRuns: 100 });
    });
  }

  it('planBeta with a futures price of 1e-300 is refused, not −Infinity', () => {
    const r = planBeta({
      target: { symbol: 'P', amount: 249_500, currency: 'EUR', beta: 0.86 },
      market: { futuresPrice: 1e-300, indexLevel: 4827, r: 0.03, indexDividendYield: 0, tenorYears: 0.5 },
      sizing: { contractSize: 10 },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.field).toBe('market.futuresPrice');
  });

  it('combinePlans: arbitrary data, and valid plans mixed with junk', () => {
    const valid = planFutures({ target: { symbol: 'X', quantity: 1000, price: 50, currency: 'USD', volAnnual: 0.2, dividendYield: 0 }, market: { futuresPrice: 51 }, sizing: { contractSize: 100 } });
    if (!valid.ok) throw new Error('fixture');
    const plans = fc.array(fc.oneof({ arbitrary: fc.constant(valid.value as unknown), weight: 3 }, { arbitrary: junk, weight: 1 }), { maxLength: 25 });
    fc.assert(fc.property(fc.oneof(plans, fc.anything()), opt(fc.oneof(fc.string(), junk)), (ps, label) => {
      expectSane(() => combinePlans(ps as never, label as never));
    }), { numRuns: 300 });
  });
});
