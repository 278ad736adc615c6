import { describe, expect, it } from 'vitest';
import { roundMoney, sum } from '../../../src/engine/money';
import { planShortSale } from '../../../src/engine/hedges/short-sale';
import type { ShortSaleInput } from '../../../src/engine/hedges/short-sale';
import type { LedgerKind, PlanOf } from '../../../src/engine/hedges/plan';

type HedgePlan = PlanOf<'short-sale'>;

function input(quantity: number, price: number, extra: Partial<ShortSaleInput> = {}): ShortSaleInput {
  return {
    target: { symbol: 'XYZ', quantity, price, currency: 'USD', volAnnual: 0.3, dividendYield: 0 },
    market: { r: 0.05, tenorYears: 0.5 },
    borrowFeeAnnual: '0',
    ...extra,
  };
}

function plan(i: ShortSaleInput): HedgePlan {
  const r = planShortSale(i);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const line = (p: HedgePlan, kind: LedgerKind): string | undefined => p.ledger.lines.find((l) => l.kind === kind)?.amount.amount.toFixed();
/** Gain of the short alone when the price is `s` at the horizon = hedged − unhedged. */
const shortGain = (p: HedgePlan, s: number): number => p.payoff.hedged(s) - p.payoff.unhedged(s);

describe('short sale: published worked examples (exact decimal unless noted)', () => {
  it('Hull test bank (OFOD ch. 5, short selling): short 100 at $50, close at $43, $3 dividend -> gain $400', () => {
    // cobocards.com card "An investor shorts 100 shares when the share price is $50 ..." (answer B, $400).
    const p = plan(input(100, 50, { dividendsPerUnit: '3' }));
    expect(line(p, 'dividends-owed')).toBe('300');
    expect(shortGain(p, 43)).toBeCloseTo(400, 9);
  });

  it('short 300 at $210, initial margin 60 %, $4 dividend, price now $180 -> profit $7,800', () => {
    // wizedu.com/questions/1290779 (multiple-choice answer B, $7,800); margin 60 % of $63,000 = $37,800 held.
    const p = plan(input(300, 210, { dividendsPerUnit: '4', margin: { initialFraction: 0.6 } }));
    expect(shortGain(p, 180)).toBeCloseTo(7800, 8);
    expect(line(p, 'initial-margin')).toBe('37800');
    expect(p.ledger.totalHeld.amount.greaterThan(p.ledger.totalCost.amount)).toBe(true);
  });

  it('short 100 at $50, close at $48 a week later, $1.50 dividend -> gain $50', () => {
    // zuoti.pro/question/2082697 (exact).
    const p = plan(input(100, 50, { dividendsPerUnit: '1.5' }));
    expect(shortGain(p, 48)).toBeCloseTo(50, 9);
  });

  it('Webull hard-to-borrow fee: 1,000 sh at $13, rate 6 %, collateral 102 % rounded up to $14 -> $840 a year, $2.33 a day', () => {
    // webull.com help centre, "How hard to borrow fees are calculated?" (360-day year; exact, daily rounded to cents).
    const base = { borrowFeeAnnual: '0.06', collateralMarkup: '1.02', roundCollateralUp: true, dayCountBasis: 360 as const };
    const year = plan(input(1000, 13, { ...base, borrowDays: 360 }));
    expect(line(year, 'borrow-fee')).toBe('840');
    const day = plan(input(1000, 13, { ...base, borrowDays: 1 }));
    expect(roundMoney(day.ledger.lines[0]!.amount).amount.toFixed()).toBe('2.33');
  });

  it('short-rate calculator: 1,000 sh at $50, 8.5 % a year, 360-day year -> $11.81 a day', () => {
    // costcalculator.calculator.city/?p=46774, "Short Rate & Stock Borrow Fee Calculator" (daily cost rounded to cents).
    const p = plan(input(1000, 50, { borrowFeeAnnual: '0.085', borrowDays: 1, dayCountBasis: 360 }));
    expect(roundMoney(p.ledger.lines[0]!.amount).amount.toFixed()).toBe('11.81');
  });

  it('Investopedia, short-sale margin under Regulation T: 1,000 sh at $10 -> additional 50 % = $5,000', () => {
    // investopedia.com/ask/answers/05/shortmarginrequirements.asp (150 % = proceeds 100 % + 50 % deposit).
    const p = plan(input(1000, 10));
    expect(line(p, 'initial-margin')).toBe('5000');
  });

  it('Regulation T example: short 500 at $40 -> $10,000 must be deposited', () => {
    // Silicon Investor "Margin on short sales of common stock", example A (si.frajer.net msg 14932750).
    expect(line(plan(input(500, 40)), 'initial-margin')).toBe('10000');
  });
});

describe('short sale: lock-in, comparable asset, costs', () => {
  it('shorting the asset itself locks today value minus costs (flat payoff: floor = cap)', () => {
    const p = plan(input(500, 120, { borrowFeeAnnual: '0.01', commission: '10', dividendsPerUnit: '1' }));
    // borrow 500 × 120 × 0.01 × 0.5 = 300; dividends 500; commission 10 -> 810 (held lines excluded).
    expect(p.ledger.totalCost.amount.toFixed()).toBe('810');
    expect(p.floor?.amount.toFixed()).toBe('59190');
    expect(p.cap?.amount.toFixed()).toBe('59190');
    for (const s of [0, 60, 120, 500]) expect(p.payoff.hedged(s)).toBeCloseTo(59190, 8);
    expect(p.breakeven).toBeNull();
    const total = sum(p.ledger.lines.filter((l) => l.nature === 'cost').map((l) => l.amount), 'USD');
    expect(p.ledger.totalCost.amount.equals(total.amount)).toBe(true);
  });

  it('dividends from the yield: units × price × q × period; stress margin from the move', () => {
    const p = plan(input(1000, 50, { target: { symbol: 'XYZ', quantity: 1000, price: 50, currency: 'USD', volAnnual: 0.3, dividendYield: 0.04 }, margin: { stressMove: 0.25 } }));
    expect(line(p, 'dividends-owed')).toBe('1000'); // 50,000 × 0.04 × 0.5
    expect(line(p, 'variation-margin')).toBe('12500');
  });

  it('comparable asset: value-matched units, basis risk and effectiveness ρ²', () => {
    const p = plan(input(1000, 50, { sizing: { hedgeRatio: 0.8 }, comparable: { symbol: 'ETF', price: 25, dividendYield: 0, correlation: 0.9 } }));
    expect(p.extras.unitsShorted).toBe(1600); // 0.8 × 50,000 / 25
    // Quantities are in units of the instrument shorted (1,600 ETF units asked and shorted).
    expect(p.hedgedQuantity).toBe(1600);
    expect(p.targetQuantity).toBe(1600);
    expect(p.unhedgedQuantity).toBe(0);
    expect(p.extras.effectiveness).toBeCloseTo(0.81, 12);
    expect(p.residualRisk.effectiveness).toBeCloseTo(0.81, 12);
    expect(p.residualRisk.description).toMatch(/Basis risk/);
    expect(p.floor?.amount.toFixed()).toBe('40000'); // value at S = 0: the short's gain on 1,600 × 25
    expect(p.cap).toBeNull();
  });

  // A 1.1 % borrow fee is shown as typed: "1.1 %", never the float noise 0.011000000000000001 (the
  // binary double nearest 1.1 / 100). The amount is exact: 1,000 × 50 × 0.011 × 0.5 = 275.
  it('a 1.1 % borrow fee reads "1.1 %" in the ledger label, from the decimal text', () => {
    const p = plan(input(1000, 50, { borrowFeeAnnual: '0.011' }));
    const label = p.ledger.lines.find((l) => l.kind === 'borrow-fee')!.label;
    expect(label).toContain('1.1 % a year');
    expect(label).not.toContain('0.011000000000000001');
    expect(line(p, 'borrow-fee')).toBe('275');
    const noisy = plan(input(1000, 50, { borrowFeeAnnual: String(1.1 / 100) }));
    expect(String(1.1 / 100)).toBe('0.011000000000000001');
    expect(noisy.ledger.lines.find((l) => l.kind === 'borrow-fee')!.label).toContain('1.1 % a year');
  });

  it('floors and caps are rounded once to cents (half-even)', () => {
    // 333 × 33.33 = 11,098.89; borrow 333 × 33.33 × 0.0123 × 0.5 = 68.2581735 -> floor 11,030.6318265 -> 11,030.63.
    const p = plan(input(333, 33.33, { borrowFeeAnnual: '0.0123' }));
    expect(line(p, 'borrow-fee')).toBe('68.2581735');
    expect(p.floor?.amount.toFixed()).toBe('11030.63');
    expect(p.cap?.amount.toFixed()).toBe('11030.63');
  });

  it('names each bad field and never throws', () => {
    const r = planShortSale({
      ...input(0, 50),
      borrowFeeAnnual: 'lots',
      dayCountBasis: 300 as never,
      comparable: { symbol: 'ETF', price: -1, dividendYield: 0 },
      margin: { stressMove: NaN },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.field)).toEqual(
        expect.arrayContaining(['target.quantity', 'borrowFeeAnnual', 'dayCountBasis', 'comparable.price', 'margin.stressMove']),
      );
    }
  });
});
