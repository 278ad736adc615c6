/**
 * The commodity, FX and rate kinds on positions other than the worked examples, against published
 * values. Each expected figure cites its source; none was produced by this code.
 */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { fmt } from '../../src/calc/explain';
import { hedgeOf, modeScenario, planOf } from './scenarios';

describe('futures lock-in, tailed, with r > 0 (Hull 10th ed., §3.4, eq. 3.3: N* = h·V_A/V_F, applied once)', () => {
  // A holder of 1,000,000 units at S = 100 hedging with futures at F = S·e^{rT}, r = 5 %, T = 1 year
  // (Hull eq. 5.1 with no income): V_A/V_F = 1,000,000 × 100 / (105.1271 × 1,000) = 951.23 contracts,
  // not 904.84 (which applies e^{−rT} a second time).
  const s = modeScenario('commodity', {
    commodity: 'Copper', unit: 't', currency: 'USD', side: 'holder', quantity: '1,000,000', spotPrice: '100', futuresPrice: '105.1271096',
    contractSize: '1,000', tenorDays: '365', tailing: true, rounding: 'nearest', basis: '', commission: '0', exchangeFee: '0', initialMargin: '0', stressMove: '10',
  });

  it('sells 951 contracts (951.23 exact) for the holder', () => {
    const plan = planOf(computeMode(s), 'futures');
    if (plan.kind !== 'futures') throw new Error('kind');
    expect(plan.extras.exactContracts).toBeCloseTo(1000 * Math.exp(-0.05), 3);
    expect(plan.extras.exactContracts).toBeCloseTo(951.23, 2);
    expect(plan.legs[0]).toMatchObject({ side: 'sell', contracts: 951 });
    // The card shows the value ratio with the same figure.
    expect(hedgeOf(computeMode(s), 'futures').explanations.contracts!.substituted).toContain(`= ${fmt(plan.extras.exactContracts)} → sell 951`);
  });

  it('untailed, a buyer (short the commodity) buys: 40 t / 50 t = 0.8 → 1 contract (Hull eq. 3.2)', () => {
    const buyer = modeScenario('commodity', { side: 'buyer', quantity: '40', contractSize: '50', tailing: false, rounding: 'nearest' });
    expect(planOf(computeMode(buyer), 'futures').legs[0]).toMatchObject({ side: 'buy', contracts: 1 });
  });
});

describe('FX forward, another pair (Hull 10th ed., §5.10, eq. 5.9: F = S·e^{(r − r_f)T})', () => {
  // Hull's example: 2-year rates 1 % (USD) and 3 % (AUD), spot 0.7500 USD per AUD: F = 0.75·e^{−0.04} = 0.7206.
  const s = modeScenario('fx', { domestic: 'USD', foreign: 'AUD', side: 'receivable', amount: '1,000,000', spot: '0.7500', domesticRate: '1', foreignRate: '3', compounding: 'continuous', tenorDays: '730', bankForward: '' });

  it('the parity forward is Hull’s 0.7206, and a receivable sells AUD forward', () => {
    const plan = planOf(computeMode(s), 'fx-forward');
    if (plan.kind !== 'fx-forward') throw new Error('kind');
    expect(plan.extras.parityForward).toBeCloseTo(0.7206, 4);
    expect(plan.legs[0]!.side).toBe('sell');
    expect(plan.axis.kind).toBe('fx-rate');
  });
});

describe('FX option, another pair (Hull 10th ed., ch. 17, currency options: S = K = 1.6000, r = 8 %, r_f = 11 %, T = 4 months)', () => {
  // Hull's implied-volatility example: a 4-month European call on the pound priced 4.3 cents has an
  // implied volatility of 14.1 %; so at σ = 14.1 % Garman–Kohlhagen gives 0.043 USD per GBP.
  const s = modeScenario('fx', {
    domestic: 'USD', foreign: 'GBP', side: 'payable', amount: '100,000', spot: '1.6', domesticRate: '8', foreignRate: '11', tenorDays: String((4 / 12) * 365),
    optionStrike: '1.6', optionVol: '14.1', optionFee: '0',
  });

  it('a payable buys a GBP call worth Hull’s 4.3 cents per GBP', () => {
    const h = hedgeOf(computeMode(s), 'fx-option');
    const plan = h.plan!;
    if (plan.kind !== 'fx-option') throw new Error('kind');
    expect(h.name).toBe('FX call option');
    expect(plan.extras.optionType).toBe('call');
    expect(plan.extras.premiumPerUnit).toBeCloseTo(0.043, 3);
    expect(h.explanations.premium!.substituted).toContain(`→ ${fmt(plan.extras.premiumPerUnit, 6)} USD`);
  });

  it('a bad option volatility removes only the option; the forward stays', () => {
    const r = computeMode(modeScenario('fx', { optionVol: '-1' }));
    expect(r.hedges.map((h) => [h.id, h.plan !== null])).toEqual([['fx-forward', true], ['fx-option', false]]);
  });
});

describe('rate hedges of another loan (Hull 10th ed., ch. 7, Table 7.1: Intel/Microsoft swap)', () => {
  // Hull: a company paying LIBOR + 0.1 % on a loan that enters a swap paying 5 % fixed, receiving
  // LIBOR, pays 5.1 % in all (the floating legs cancel).
  const s = modeScenario('rate', { currency: 'USD', principal: '100,000,000', spread: '0.1', swapRate: '5', loanMonths: '6', resetMonths: '6', futuresPrice: '95', bpValue: '25', commission: '0', initialMargin: '0', contractNotional: '' });

  it('the payer swap fixes the loan at 5.1 %', () => {
    const plan = planOf(computeMode(s), 'rate-swap');
    if (plan.kind !== 'rate-swap') throw new Error('kind');
    expect(plan.extras.allInFixedRate).toBeCloseTo(0.051, 12);
    expect(plan.axis.kind).toBe('rate');
  });

  it('the futures strip: 100,000,000 × 0.5 × 0.0001 / 25 = 200 contracts sold (Hull §6.3: 25 USD per basis point per contract)', () => {
    const plan = planOf(computeMode(s), 'rate-lock');
    expect(plan.legs[0]).toMatchObject({ side: 'sell', contracts: 200 });
    if (plan.kind !== 'rate-lock') throw new Error('kind');
    // (100 − 95)/100 + 0.1 % = 5.1 %.
    expect(plan.extras.lockedRate).toBeCloseTo(0.051, 12);
  });
});
