import { describe, it, expect } from 'vitest';
import { planRateFutures, durationHedgeContracts } from '../../../src/engine/hedges/interest-rate';
import { planRateLock, rateLockContracts } from '../../../src/engine/hedges/rate-lock';
import { planRateSwap, swappedRate } from '../../../src/engine/hedges/rate-swap';

describe('duration-based hedge with T-bond futures', () => {
  // Hull, "Options, Futures, and Other Derivatives", 11th ed., §6.4 Example 6.6: $10 million bond
  // portfolio, duration 6.80 years; December T-bond futures 93-02 (93.0625), contract $100,000 face ->
  // VF = 93,062.50; cheapest-to-deliver duration 9.20 -> N* = 79.42, short 79. Tolerance 0.005.
  it('Example 6.6: 79.42 -> short 79 contracts', () => {
    expect(Math.abs(durationHedgeContracts(10_000_000, 6.8, 93.0625, 100_000, 9.2) - 79.42)).toBeLessThan(0.005);
    const r = planRateFutures({
      target: { symbol: 'Bonds', amount: 10_000_000, currency: 'USD' }, market: { futuresQuote: 93.0625 }, sizing: { contractSize: 100_000 },
      sensitivity: { method: 'duration', portfolioDuration: 6.8, futuresDuration: 9.2 },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.extras.contracts).toBe(79);
    expect(r.value.extras.contractValue).toBe(93_062.5);
    expect(r.value.legs[0]?.side).toBe('sell');
    expect(r.value.axis.kind).toBe('yield-shift');
    expect(r.value.axis.today).toBe(0);
    // A +10 bp shift: the portfolio loses P·DP·Δy = 6,800 × 10, the futures gain 79 × VF·DF·Δy.
    const dy = 0.001;
    expect(r.value.payoff.unhedged(dy) - 10_000_000).toBeCloseTo(-68_000, 6);
    expect(r.value.payoff.hedged(dy) - r.value.payoff.unhedged(dy)).toBeCloseTo(79 * 93_062.5 * 9.2 * dy, 6);
  });

  // The DV01 form N = DV01_P/DV01_F of the same example: DV01_P = 10,000,000 × 6.80 × 0.0001 = 6,800,
  // DV01_F = 93,062.50 × 9.20 × 0.0001 = 85.6175 -> 79.42 (Hull eq. 6.3 per basis point).
  it('DV01 form gives the same 79 contracts', () => {
    const r = planRateFutures({
      target: { symbol: 'Bonds', amount: 10_000_000, currency: 'USD' }, market: { futuresQuote: 93.0625 }, sizing: { contractSize: 100_000 },
      sensitivity: { method: 'dv01', portfolioDv01: 6_800, futuresDv01: 85.6175 }, margin: { stressMove: 0.05 },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.value.extras.exactContracts - 79.42)).toBeLessThan(0.005);
    expect(r.value.extras.contracts).toBe(79);
    expect(r.value.ledger.totalHeld.amount.toNumber()).toBeCloseTo(79 * 93_062.5 * 0.05, 6);
  });

  it('a liability is hedged with long futures; validation names fields', () => {
    const r = planRateFutures({ target: { symbol: 'Debt', amount: -5_000_000, currency: 'USD' }, market: {}, sizing: { contractSize: 100_000 }, sensitivity: { method: 'dv01', portfolioDv01: 4_000, futuresDv01: 80 } });
    expect(r.ok && r.value.legs[0]?.side).toBe('buy');
    const bad = planRateFutures({ target: { symbol: 'B', amount: 0, currency: 'USD' }, market: { futuresQuote: 0 }, sizing: { contractSize: 100_000 }, sensitivity: { method: 'duration', portfolioDuration: -1, futuresDuration: 9 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['target.amount', 'market.futuresQuote', 'sensitivity.portfolioDuration']);
    const zero = planRateFutures({ target: { symbol: 'B', amount: 0, currency: 'USD' }, market: { futuresQuote: 93 }, sizing: { contractSize: 100_000 }, sensitivity: { method: 'duration', portfolioDuration: 5, futuresDuration: 9 } });
    expect(!zero.ok && zero.errors[0]?.field).toBe('target.amount');
  });
});

describe('rate lock with SOFR / Eurodollar futures', () => {
  // Hull 11th ed. §6.3 Example 6.3: borrow $100 million for 3 months at SOFR + 200 bp; December
  // three-month SOFR futures at 99.990 ($25 per bp) -> short 100 contracts, locked rate 2.01 %.
  // Settlement 99.200 (SOFR 0.8 %): interest 0.25 × 100M × 2.8 % = $700,000, futures gain
  // 100 × $25 × 79 = $197,500, net $502,500 = 2.01 %. Settlement 100.400 (−0.4 %): interest
  // $400,000, loss 100 × $25 × 41 = $102,500, net $502,500 (Hull prints 102,250 / 502,250, a
  // misprint of 100 × 25 × 41). Tolerance 1e-6 dollars.
  const example = { target: { symbol: 'Loan', amount: 100_000_000, currency: 'USD' }, market: { futuresQuote: 99.99 }, spread: 0.02, accrualYears: 0.25, valuePerBasisPoint: '25' };
  it('Example 6.3: 100 contracts, locked 2.01 %', () => {
    expect(rateLockContracts(100_000_000, 0.25, 25).toNumber()).toBe(100);
    const r = planRateLock(example);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.extras.contracts).toBe(100);
    expect(r.value.extras.lockedRate).toBeCloseTo(0.0201, 12);
    expect(r.value.axis.kind).toBe('rate');
    expect(r.value.floor?.amount.toNumber()).toBe(-502_500);
  });
  for (const [rate, interest, net] of [[0.008, -700_000, -502_500], [-0.004, -400_000, -502_500]] as const) {
    it(`Example 6.3 at SOFR ${rate * 100} %: interest ${interest}, with futures ${net}`, () => {
      const r = planRateLock(example);
      if (!r.ok) throw new Error('plan failed');
      expect(r.value.payoff.unhedged(rate)).toBeCloseTo(interest, 6);
      expect(r.value.payoff.hedged(rate)).toBeCloseTo(net, 6);
    });
  }

  // Hull 11th ed. §6.3, Table 6.2: long one Eurodollar contract at 99.720 to lock LIBOR 0.28 % on
  // $1 million received for 3 months; final 99.810 (0.19 %): interest $475 + futures gain $225 = $700.
  it('Table 6.2: an investor locks 0.28 % on $1 million: 475 + 225 = 700', () => {
    const r = planRateLock({ target: { symbol: 'Deposit', amount: -1_000_000, currency: 'USD' }, market: { futuresQuote: 99.72 }, spread: 0, accrualYears: 0.25, valuePerBasisPoint: '25' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.legs[0]?.side).toBe('buy');
    expect(r.value.payoff.unhedged(0.0019)).toBeCloseTo(475, 6);
    expect(r.value.payoff.hedged(0.0019)).toBeCloseTo(700, 6);
  });

  it('validation', () => {
    const r = planRateLock({ ...example, market: { futuresQuote: 200 }, valuePerBasisPoint: '0' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['market.futuresQuote']);
    const z = planRateLock({ ...example, valuePerBasisPoint: '0' });
    expect(!z.ok && z.errors[0]?.field).toBe('valuePerBasisPoint');
  });
});

const loan = (amount: number) => ({ symbol: 'Loan', amount, currency: 'USD' });

describe('payer swap on a floating-rate loan', () => {
  // Hull 11th ed. §7.3 "Using the swap to transform a liability": Apple borrows $100 million at
  // floating + 10 bp and enters a swap paying 3 % fixed, receiving floating -> 3.1 % fixed. Exact.
  it('floating + 10 bp with a 3 % payer swap costs 3.1 % fixed', () => {
    expect(swappedRate(0.05, 0.001, 0.03)).toBeCloseTo(0.031, 12);
    const r = planRateSwap({ target: loan(100_000_000), market: { floatingRate: 0.022, tenorYears: 2 }, loanSpread: 0.001, swapFixedRate: 0.03, accrualYears: 0.25 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.extras.allInFixedRate).toBeCloseTo(0.031, 12);
    expect(r.value.extras.notional).toBe(100_000_000);
    expect(r.value.floor?.amount.toNumber()).toBe(-775_000); // 100M × 3.1 % × 0.25
  });

  // Hull 11th ed. §7.2, Table 7.2 (Table 7.1 cash flows): $100 million, 3 % fixed paid quarterly
  // (750 thousand), floating received at SOFR 2.20, 2.60, 2.80, 3.10, 3.30, 3.40, 3.60, 3.80 % -> net
  // −200, −100, −50, +25, +75, +100, +150, +200 thousand (day counts ignored, as Hull does). Exact.
  const table = [[0.022, -200], [0.026, -100], [0.028, -50], [0.031, 25], [0.033, 75], [0.034, 100], [0.036, 150], [0.038, 200]] as const;
  for (const [rate, net] of table) {
    it(`Table 7.2: SOFR ${(rate * 100).toFixed(2)} % -> swap net ${net} thousand`, () => {
      const r = planRateSwap({ target: loan(100_000_000), market: { floatingRate: 0.022, tenorYears: 2 }, loanSpread: 0, swapFixedRate: 0.03, accrualYears: 0.25 });
      if (!r.ok) throw new Error('plan failed');
      expect(r.value.payoff.hedged(rate) - r.value.payoff.unhedged(rate)).toBeCloseTo(net * 1_000, 4);
    });
  }

  it('partial hedge leaves the rest floating; validation', () => {
    const r = planRateSwap({ target: { ...loan(1_000_000), currency: 'EUR' }, market: { floatingRate: 0.03, tenorYears: 5 }, sizing: { hedgeRatio: 0.6 }, loanSpread: 0.015, swapFixedRate: 0.025, upfrontFee: '1,500' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Quantities are what is asked and swapped (60 % of 1,000,000); the 400,000 left floating is named in the residual risk.
    expect([r.value.targetQuantity, r.value.hedgedQuantity, r.value.unhedgedQuantity]).toEqual([600_000, 600_000, 0]);
    expect(r.value.residualRisk.description).toContain('400,000 EUR of the loan still pays the floating rate');
    expect(r.value.floor).toBeNull();
    expect(r.value.ledger.totalCost.amount.toFixed()).toBe('1500');
    expect(planRateSwap({} as never).ok).toBe(false);
  });
});
