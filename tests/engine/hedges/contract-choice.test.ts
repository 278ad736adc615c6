import { describe, expect, it } from 'vitest';
import { CBOT_MINI_WHEAT, CBOT_WHEAT, compareContractChoices } from '../../../src/engine';
import type { ContractChoiceInput } from '../../../src/engine';

// Contract sizes from CME Group's contract specifications: Chicago SRW Wheat futures (ZW), contract
// unit 5,000 bushels, tick 1/4 cent; Mini-sized Chicago SRW Wheat futures (XW/YW), 1,000 bushels,
// tick 1/8 cent (cmegroup.com, grain-and-oilseed contract specs). A mill needing 12,300 bushels
// therefore needs 2.46 full contracts: the arithmetic below follows from those sizes.
const mill: ContractChoiceInput = {
  target: { symbol: 'Wheat', quantity: -12_300, price: 5.5, currency: 'USD', volAnnual: 0, dividendYield: 0 },
  market: { futuresPrice: 5.6 },
  sizing: { contractSize: CBOT_WHEAT.contractSize },
  fees: { commissionPerContract: '2.50', exchangeFeePerContract: '1.00' },
  initialMargin: '1500',
  mini: { contractSize: CBOT_MINI_WHEAT.contractSize, initialMargin: '300' },
  priceMove: 0.1,
};

describe('round down, round up or mini contracts', () => {
  it('CME sizes: 5,000 and 1,000 bushels; ticks 1/4 and 1/8 cent', () => {
    expect(CBOT_WHEAT.contractSize).toBe(5000);
    expect(CBOT_MINI_WHEAT.contractSize).toBe(1000);
    expect(CBOT_WHEAT.tick * CBOT_WHEAT.contractSize).toBeCloseTo(12.5, 12); // $12.50 per tick
    expect(CBOT_MINI_WHEAT.tick * CBOT_MINI_WHEAT.contractSize).toBeCloseTo(1.25, 12); // $1.25 per tick
  });

  it('a buyer of 12,300 bu: down leaves 2,300 bu open, up over-hedges 2,700 bu, minis leave 300 bu', () => {
    const r = compareContractChoices(mill);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [down, up, mini] = r.value.choices;
    expect(r.value.exactContracts).toBeCloseTo(2.46, 12);
    expect(r.value.isWhole).toBe(false);
    expect([down!.fullContracts, down!.miniContracts, down!.openUnits, down!.hurtBy]).toEqual([2, 0, 2300, 'rise']);
    expect([up!.fullContracts, up!.miniContracts, up!.openUnits, up!.hurtBy]).toEqual([3, 0, -2700, 'fall']);
    expect([mini!.fullContracts, mini!.miniContracts, mini!.openUnits, mini!.hurtBy]).toEqual([2, 2, 300, 'rise']);
    // Fees 3.50 a contract; margin 1,500 a full contract, 300 a mini.
    expect(down!.fees.amount.toFixed()).toBe('7');
    expect(up!.fees.amount.toFixed()).toBe('10.5');
    expect(mini!.fees.amount.toFixed()).toBe('14');
    expect(mini!.initialMargin.amount.toFixed()).toBe('3600');
    // A 10 % move on the open quantity at the locked 5.60: 2,300 × 0.56 = 1,288; 2,700 × 0.56 = 1,512; 300 × 0.56 = 168.
    expect(down!.moveCost.amount.toFixed()).toBe('1288');
    expect(up!.moveCost.amount.toFixed()).toBe('1512');
    expect(mini!.moveCost.amount.toFixed()).toBe('168');
    // Worst total cost: 12,300 × 5.60 = 68,880 + fees + move cost.
    expect(mini!.worstTotal.amount.toFixed()).toBe('69062');
  });

  it('a holder: the unhedged part is hurt by a fall; mini margin defaults to the pro-rata share', () => {
    const r = compareContractChoices({ ...mill, target: { ...mill.target, quantity: 7_400 }, market: { futuresPrice: 5.6, expectedBasis: -0.1 }, mini: { contractSize: 1000 } });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const [down, up, mini] = r.value.choices;
    expect(r.value.lockedPrice).toBeCloseTo(5.5, 12);
    expect([down!.openUnits, down!.hurtBy, up!.openUnits, up!.hurtBy]).toEqual([2400, 'fall', -2600, 'rise']);
    expect([mini!.miniContracts, mini!.openUnits]).toEqual([2, 400]);
    expect(mini!.initialMargin.amount.toFixed()).toBe('2100'); // 1,500 + 2 × 1,500/5
    // Proceeds: 7,400 × 5.50 = 40,700 − fees 3 × 3.50 − 400 × 5.50 × 10 % = 220 → 40,469.50.
    expect(mini!.fees.amount.toFixed()).toBe('10.5');
    expect(mini!.worstTotal.amount.toFixed()).toBe('40469.5');
  });

  it('a whole need says so; a mini not smaller than the full contract is refused', () => {
    const whole = compareContractChoices({ ...mill, target: { ...mill.target, quantity: -10_000 } });
    expect(whole.ok && whole.value.isWhole).toBe(true);
    const bad = compareContractChoices({ ...mill, mini: { contractSize: 5000 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual(['mini.contractSize']);
  });
});
