import { describe, expect, it } from 'vitest';
import { blackCaplet, planRateCap, planRateStrip, planSwapToMaturity, parSwapRate, valueSwapPeriods } from '../../../src/engine';

const loan = (amount: number, currency = 'EUR') => ({ symbol: 'Loan', amount, currency });

describe("caplet by Black's model", () => {
  // Hull, "Options, Futures, and Other Derivatives", ch. 29 "Interest rate caps" (Example 28.3 in
  // the 8th ed.): a caplet on 10 million at 8 % for 3 months starting in 1 year, forward 7 %,
  // volatility 20 %, P(0, 1.25) = e^{−0.069394 × 1.25} = 0.9169; d1 = −0.5677, d2 = −0.7677,
  // price 0.25 × 10 × 0.9169 × [0.07 N(−0.5677) − 0.08 N(−0.7677)] = $5,162. Hull rounds the
  // discount factor and N(·) to four places: tolerance $3.
  it('Hull: $5,162 with d1 −0.5677, d2 −0.7677', () => {
    const c = blackCaplet(0.07, 0.08, 0.2, 1, 0.25, 10_000_000, Math.exp(-0.069394 * 1.25));
    expect(c.d1).toBeCloseTo(-0.5677, 4);
    expect(c.d2).toBeCloseTo(-0.7677, 4);
    expect(Math.abs(c.price - 5162)).toBeLessThan(3);
  });

  it('a one-caplet cap plan carries the same premium; worst case = cap rate + spread + premium per year', () => {
    // Schedule chosen so the discount factor to 1.25 y is Hull's 0.9169: not needed for the law below.
    const r = planRateCap({ target: loan(10_000_000, 'USD'), schedule: { firstResetYears: 1, accrualYears: 0.25, periods: 1, forwardRates: [0.07] }, spread: 0.01, capRate: 0.08, volAnnual: 0.2 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value.extras;
    const df = 1 / (1 + 0.07 * 1) / (1 + 0.07 * 0.25);
    expect(e.premium.amount.toNumber()).toBeCloseTo(blackCaplet(0.07, 0.08, 0.2, 1, 0.25, 10_000_000, df).price, 6);
    expect(e.worstEffectiveRate).toBeCloseTo(0.08 + 0.01 + e.premium.amount.toNumber() / (10_000_000 * 0.25), 12);
    // Rates above the cap: interest stops growing; below it the loan keeps the lower rate.
    expect(r.value.payoff.hedged(0.12)).toBeCloseTo(r.value.payoff.hedged(0.09), 6);
    expect(r.value.payoff.hedged(0.05)).toBeGreaterThan(r.value.payoff.hedged(0.07));
    expect(r.value.floor?.amount.toNumber()).toBeCloseTo(-(10_000_000 * 0.09 * 0.25) - e.premium.amount.toNumber(), 2);
  });

  it('every reset gets a caplet; a higher volatility costs more; a positive forward is required', () => {
    const base = { target: loan(5_000_000), schedule: { firstResetYears: 0.25, accrualYears: 0.5, periods: 4, forwardRates: [0.024, 0.025] }, spread: 0.015, capRate: 0.03 };
    const lo = planRateCap({ ...base, volAnnual: 0.2 });
    const hi = planRateCap({ ...base, volAnnual: 0.4 });
    if (!lo.ok || !hi.ok) throw new Error('plan');
    expect(lo.value.extras.caplets).toHaveLength(4);
    expect(lo.value.extras.caplets.map((c) => c.quoted)).toEqual([true, true, false, false]);
    expect(hi.value.extras.premium.amount.greaterThan(lo.value.extras.premium.amount)).toBe(true);
    expect(lo.value.extras.premiumPerYear.amount.toNumber()).toBeCloseTo(lo.value.extras.premium.amount.toNumber() / 2, 6);
    const bad = planRateCap({ ...base, volAnnual: 0.2, schedule: { ...base.schedule, forwardRates: [0.02, -0.001] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.field).toBe('schedule.forwardRates');
  });
});

describe('swap to maturity valued as FRAs', () => {
  // Hull, "Options, Futures, and Other Derivatives", 8th ed., Examples 7.1–7.2 (ch. 7 "Valuation
  // of interest rate swaps"): pay 6-month LIBOR, receive 8 % semiannual on $100 million, 1.25 years
  // left; LIBOR zero rates 10 %, 10.5 %, 11 % (continuous) for 3, 9, 15 months; last fixing 10.2 %.
  // Forwards (semiannual): 10.2 %, 11.044 %, 12.102 %. Value to the fixed receiver −$4.267 million,
  // so +4.267 million to the fixed payer. Tolerance $2,000 (Hull's rounding of the forwards).
  it('Hull 7.2: +4.267 million to the fixed payer', () => {
    const periods = [
      { accrualYears: 0.5, forwardRate: 0.102, discountFactor: Math.exp(-0.1 * 0.25) },
      { accrualYears: 0.5, forwardRate: 2 * (Math.exp(0.1075 * 0.5) - 1), discountFactor: Math.exp(-0.105 * 0.75) },
      { accrualYears: 0.5, forwardRate: 2 * (Math.exp(0.1175 * 0.5) - 1), discountFactor: Math.exp(-0.11 * 1.25) },
    ];
    expect(periods[1]!.forwardRate).toBeCloseTo(0.11044, 5);
    expect(periods[2]!.forwardRate).toBeCloseTo(0.12102, 5);
    expect(Math.abs(valueSwapPeriods(periods, 100_000_000, 0.08) - 4_267_000)).toBeLessThan(2_000);
    // At the par rate the swap is worth nothing (the definition of the swap rate, Hull §7.4).
    expect(valueSwapPeriods(periods, 100_000_000, parSwapRate(periods))).toBeCloseTo(0, 4);
  });

  it('a borrower pays fixed + spread on every period; a rate above par shows its present value as a cost', () => {
    const schedule = { firstResetYears: 0.25, accrualYears: 0.25, periods: 3, forwardRates: [0.024, 0.0245, 0.025] };
    const r = planSwapToMaturity({ target: loan(5_000_000), schedule, loanSpread: 0.015, swapFixedRate: 0.0260 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const p = r.value;
    expect(p.extras.periods).toHaveLength(3);
    expect(p.extras.allInFixedRate).toBeCloseTo(0.041, 12);
    expect(p.extras.maturityYears).toBeCloseTo(1, 12);
    // Locked interest over three quarters: 5,000,000 × 4.1 % × 0.75 = 153,750 paid.
    expect(p.extras.lockedInterest.amount.toNumber()).toBe(-153_750);
    expect(p.payoff.hedged(0.01)).toBe(p.payoff.hedged(0.06));
    expect(p.payoff.unhedged(0.03)).toBeCloseTo(-5_000_000 * 0.045 * 0.75, 6);
    expect(p.extras.parRate).toBeGreaterThan(0.024);
    expect(p.extras.parRate).toBeLessThan(0.025);
    expect(p.extras.swapValue.amount.isNegative()).toBe(true);
    expect(p.ledger.totalCost.amount.toNumber()).toBeCloseTo(-p.extras.swapValue.amount.toNumber(), 6);
  });
});

describe('futures strip over every reset', () => {
  // Hull §6.3, Example 6.3: one 3-month period on 100 million at $25 per bp needs 100 contracts;
  // a strip repeats that count for each reset (a 1-year loan with quarterly resets after the first: 3 periods).
  it('100 contracts per quarterly reset on 100 million, each period locked at its own futures rate', () => {
    const r = planRateStrip({ target: loan(100_000_000, 'USD'), schedule: { firstResetYears: 0.25, accrualYears: 0.25, periods: 3, forwardRates: [0.0201, 0.0210, 0.0225] }, spread: 0.02, valuePerBasisPoint: '25' });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const p = r.value;
    expect(p.extras.contractsPerPeriod).toBe(100);
    expect(p.extras.totalContracts).toBe(300);
    expect(p.legs.map((l) => l.unitPrice)).toEqual([97.99, 97.9, 97.75].map((q) => expect.closeTo(q, 9)));
    // Locked: Σ (F_k + 2 %) × 0.25 × 100 million = (4.01 + 4.10 + 4.25) % × 25 million = 3,090,000 paid.
    expect(p.extras.lockedInterest.amount.toNumber()).toBeCloseTo(-3_090_000, 6);
    expect(p.floor?.amount.toNumber()).toBeCloseTo(-3_090_000, 2);
    // Whole contracts: the interest no longer depends on where rates end.
    expect(p.payoff.hedged(0.05)).toBeCloseTo(p.payoff.hedged(0.0), 4);
    expect(p.payoff.hedged(0.05)).toBeCloseTo(-3_090_000, 4);
  });

  it('another amount and a monthly schedule: contracts scale with the principal and the period', () => {
    const r = planRateStrip({ target: loan(30_000_000), schedule: { firstResetYears: 1 / 12, accrualYears: 1 / 12, periods: 11, forwardRates: [0.03] }, spread: 0.01, valuePerBasisPoint: '25', sizing: { rounding: 'down' }, fees: { commissionPerContract: '2', exchangeFeePerContract: '0' } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    // 30 million × (1/12) × 0.0001 / 25 = 10 contracts a month, 11 months.
    expect(r.value.extras.contractsPerPeriod).toBe(10);
    expect(r.value.extras.totalContracts).toBe(110);
    expect(r.value.ledger.totalCost.amount.toNumber()).toBe(220);
    expect(r.value.extras.periods.filter((q) => q.quoted)).toHaveLength(1);
  });

  it('an investor (amount < 0) buys the strip', () => {
    const r = planRateStrip({ target: loan(-5_000_000), schedule: { firstResetYears: 0.5, accrualYears: 0.25, periods: 2, forwardRates: [0.02, 0.021] }, spread: 0, valuePerBasisPoint: '25' });
    if (!r.ok) throw new Error('plan');
    expect(r.value.legs.every((l) => l.side === 'buy')).toBe(true);
    expect(r.value.payoff.hedged(0.0)).toBeCloseTo(r.value.payoff.hedged(0.06), 6);
  });

  it('rejects a schedule with no forward, a fractional period count or too many periods', () => {
    const base = { target: loan(1_000_000), spread: 0, valuePerBasisPoint: '25' };
    const fields = (r: ReturnType<typeof planRateStrip>) => (r.ok ? [] : r.errors.map((e) => e.field));
    expect(fields(planRateStrip({ ...base, schedule: { firstResetYears: 0.25, accrualYears: 0.25, periods: 2, forwardRates: [] } }))).toEqual(['schedule.forwardRates']);
    expect(fields(planRateStrip({ ...base, schedule: { firstResetYears: 0.25, accrualYears: 0.25, periods: 2.5, forwardRates: [0.02] } }))).toEqual(['schedule.periods']);
    expect(fields(planRateStrip({ ...base, schedule: { firstResetYears: 0.25, accrualYears: 0.25, periods: 10_000, forwardRates: [0.02] } }))).toEqual(['schedule.periods']);
  });
});
