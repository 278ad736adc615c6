import { describe, expect, it } from 'vitest';
import { combinePlans } from '../../../src/engine/hedges/combined';
import { buildJointScenarios, JOINT_MOVES } from '../../../src/engine/hedges/joint-scenarios';
import { planProtectivePut } from '../../../src/engine/hedges/protective-put';
import { planRateSwap } from '../../../src/engine/hedges/rate-swap';
import { planFxForward } from '../../../src/engine/hedges/fx-forward';
import { convertPlan } from '../../../src/engine/hedges/convert-plan';
import type { HedgePlan } from '../../../src/engine/hedges/plan';
import { Decimal } from '../../../src/engine/money';

function must<T>(r: { ok: true; value: T } | { ok: false; errors: readonly unknown[] }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

// Hull, "Options, Futures, and Other Derivatives", Example 15.6 (11th ed.; 14.6 in the 8th):
// S0 = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5 -> European put p = 0.81. One contract of 100 on
// 100 shares held, no fees: the protective put floors the holding at 100 × 40 less the premium.
const put = must(planProtectivePut({
  target: { symbol: 'XYZ', quantity: 100, price: 42, currency: 'USD', volAnnual: 0.2, dividendYield: 0 },
  market: { r: 0.1, tenorYears: 0.5 },
  fees: { commissionPerContract: '0', exchangeFeePerContract: '0' },
  sizing: { contractSize: 100 },
  putStrike: 40,
  exercise: 'european',
}));

// Hull, same book, §7.3 "Using the swap to transform a liability": a loan at floating + 10 bp and a
// swap paying 3 % fixed, receiving floating, cost 3.1 % fixed. Principal 100 M, half-year periods,
// a 500 arrangement fee (our own addition; its sums are worked by hand below).
const swap = must(planRateSwap({
  target: { symbol: 'Loan', amount: 100_000_000, currency: 'USD' },
  market: { floatingRate: 0.025, tenorYears: 3 },
  loanSpread: 0.001,
  swapFixedRate: 0.03,
  accrualYears: 0.5,
  upfrontFee: '500',
}));

const premium = put.ledger.totalCost.amount.toNumber();

describe('combined ledger of a stock put and a loan swap', () => {
  it('the put premium is Hull’s 0.81 per share (Example 15.6), on 100 shares', () => {
    expect(Math.abs(premium / 100 - 0.81)).toBeLessThan(0.005);
  });

  it('lists every line of both legs; the total is their exact decimal sum (premium + 500)', () => {
    const c = must(combinePlans([put, swap]));
    expect(c.ledger.lines.map((l) => l.label)).toEqual([...put.ledger.lines, ...swap.ledger.lines].map((l) => l.label));
    expect(c.ledger.totalCost.amount.equals(put.ledger.totalCost.amount.plus(new Decimal('500')))).toBe(true);
    expect(c.ledger.currency).toBe('USD');
  });
});

describe('joint scenarios: each leg on its own factor', () => {
  const j = must(buildJointScenarios([put, swap] as HedgePlan[]));
  const row = (name: string) => j.rows.find((r) => r.name === name)!;

  it('finds two factors: the stock falls against the holder, the rate rises against the borrower', () => {
    expect(j.factors).toHaveLength(2);
    expect(j.factors[0]!.axis.kind).toBe('price');
    expect(j.factors[0]!.adverse).toBe(-1);
    expect(j.factors[1]!.axis.kind).toBe('rate');
    expect(j.factors[1]!.adverse).toBe(1);
    expect(j.rows.map((r) => r.name)).toEqual(JOINT_MOVES.map((m) => m.name));
  });

  it('adverse move: stock −20 % to 33.6, rate +1 point to 3.5 % (sums worked by hand)', () => {
    const r = row('Adverse');
    expect(r.x[0]).toBeCloseTo(33.6, 12);
    expect(r.x[1]).toBeCloseTo(0.035, 12);
    // Stock: 100 × 33.6 − 100 × 42 = −840. Put: 100 × (40 − 33.6) − premium = 640 − premium.
    expect(r.exposure[0]).toBeCloseTo(-840, 8);
    expect(r.hedge[0]).toBeCloseTo(640 - premium, 8);
    // Loan: −100 M × 1 point × 0.5 year = −500,000. Swap: 100 M × (3.5 % − 3 %) × 0.5 − 500 = 249,500.
    expect(r.exposure[1]).toBeCloseTo(-500_000, 4);
    expect(r.hedge[1]).toBeCloseTo(249_500, 4);
    expect(r.unhedged).toBeCloseTo(-500_840, 4);
    expect(r.hedged).toBeCloseTo(-500_840 + 640 - premium + 249_500, 4);
  });

  it('the hedged legs keep their textbook floors at every joint move', () => {
    for (const r of j.rows) {
      const s = r.x[0]!;
      // Protective put (Hull, ch. 12): worth max(K, S_T) per share less the premium.
      expect(100 * 42 + r.exposure[0]! + r.hedge[0]!).toBeCloseTo(100 * Math.max(40, s) - premium, 8);
      // Hull §7.3: with the swap the loan costs 3.1 % fixed: 100 M × 3.1 % × 0.5 = 1,550,000 a period, plus the 500 fee.
      const interestToday = -100_000_000 * (0.025 + 0.001) * 0.5;
      expect(interestToday + r.exposure[1]! + r.hedge[1]!).toBeCloseTo(-1_550_500, 4);
    }
  });

  it('favourable move: stock +20 % to 50.4, rate −1 point to 1.5 % (by hand)', () => {
    const r = row('Favourable');
    // 840 − premium + 500,000 + (100 M × (1.5 % − 3 %) × 0.5 − 500 = −750,500)
    expect(r.hedged).toBeCloseTo(840 - premium + 500_000 - 750_500, 4);
    expect(r.unhedged).toBeCloseTo(500_840, 4);
  });

  it('two hedges of one position count the position once', () => {
    const two = must(buildJointScenarios([put, put] as HedgePlan[], [{ name: 'Adverse', severity: 1 }]));
    expect(two.factors).toHaveLength(1);
    expect(two.factors[0]!.plans).toEqual([0, 1]);
    const r = two.rows[0]!;
    // One holding: −840; two puts: 2 × (640 − premium).
    expect(r.unhedged).toBeCloseTo(-840, 8);
    expect(r.hedged).toBeCloseTo(-840 + 2 * (640 - premium), 8);
  });

  it('refuses what it cannot use, with a field error and no throw', () => {
    expect(buildJointScenarios([]).ok).toBe(false);
    expect(buildJointScenarios([{ kind: 'put' }] as unknown as HedgePlan[]).ok).toBe(false);
    for (const moves of [[], [{ name: 'x', severity: 5 }], [{ name: 'x', severity: Number.NaN }], 'adverse']) {
      const r = buildJointScenarios([put] as HedgePlan[], moves as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.field).toBe('moves');
    }
  });
});

describe('a USD holding hedged with a put and an FX forward, read in EUR at the moved rate (fxLinks)', () => {
  // 100 shares at USD 42 held by a EUR investor, today X0 = 0.90 EUR per USD. The put plan (Hull's
  // Example 15.6 shape) is converted into EUR at 0.90; the FX forward sells USD 4,200 (the holding's
  // value) forward, its axis the EUR/USD rate. One adverse step: S = 42 × 0.8 = 33.6, X = 0.9 × 0.8 = 0.72.
  const fwd = must(planFxForward({ target: { symbol: 'USD', quantity: 4_200, price: 0.9, currency: 'EUR', volAnnual: 0.08, dividendYield: 0 }, market: { r: 0.03, rForeign: 0.045, tenorYears: 0.5 } }));
  const putEur = must(convertPlan(put, 'EUR', '0.9'));
  const adverse = [{ name: 'Adverse', severity: 1 }];

  it('the exposures add up to the holding’s true change in EUR, cross term included', () => {
    const row = must(buildJointScenarios([putEur, fwd], adverse, [1, null])).rows[0]!;
    expect(row.x[0]).toBeCloseTo(33.6, 12);
    expect(row.x[1]).toBeCloseTo(0.72, 12);
    // Price factor at the moved rate: 100 × (33.6 − 42) × 0.72 = −604.80; rate factor: 4,200 × (0.72 − 0.90) = −756.00.
    expect(row.exposure[0]).toBeCloseTo(-604.8, 9);
    expect(row.exposure[1]).toBeCloseTo(-756, 9);
    // Together: 100 × 33.6 × 0.72 − 100 × 42 × 0.90 = 2,419.20 − 3,780.00 = −1,360.80.
    expect(row.unhedged).toBeCloseTo(-1360.8, 9);
  });

  it('without the link the price factor is read at today’s rate, missing the cross term 100 × (−8.4) × (−0.18) = +151.20', () => {
    const row = must(buildJointScenarios([putEur, fwd], adverse)).rows[0]!;
    expect(row.exposure[0]).toBeCloseTo(-756, 9); // 100 × (−8.4) × 0.90
    expect(row.unhedged).toBeCloseTo(-1512, 9);
    const linked = must(buildJointScenarios([putEur, fwd], adverse, [1, null])).rows[0]!;
    // The put's own result is read at 0.72 instead of 0.90: four fifths of it.
    expect(linked.hedge[0]).toBeCloseTo(row.hedge[0]! * 0.8, 9);
    expect(linked.hedge[1]).toBeCloseTo(row.hedge[1]!, 9);
  });

  it('a link must point at another, unlinked plan on an FX-rate axis, one entry per plan', () => {
    for (const links of [[0, null], [null, 0], [1], [1, 0], [5, null], [0.5, null], 'x']) {
      const r = buildJointScenarios([putEur, fwd], adverse, links as never);
      expect(r.ok).toBe(false);
    }
  });
});
