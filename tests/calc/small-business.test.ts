/** The three small-business modes: the bakery's contract choice and buyer wording, the borrower's multi-period hedges, the importer's quote check. */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { ScheduleMessages } from '../../src/calc/kinds/rate-schedule-fields';
import { hedgeOf, modeScenario, planOf } from './scenarios';

const commodity = (patch: Parameters<typeof modeScenario<'commodity'>>[1] = {}) => computeMode(modeScenario('commodity', patch));
const fx = (patch: Parameters<typeof modeScenario<'fx'>>[1] = {}) => computeMode(modeScenario('fx', patch));
const rate = (patch: Parameters<typeof modeScenario<'rate'>>[1] = {}) => computeMode(modeScenario('rate', patch));
const labels = (r: ReturnType<typeof computeMode>, id: string) => hedgeOf(r, id).figures.map((f) => f.label);

describe('bakery: whole contracts, the choice, and a buyer’s words', () => {
  it('40 t with 50 t contracts: round down leaves 40 t open, round up over-hedges 10 t; the mini row asks for a size', () => {
    const table = hedgeOf(commodity(), 'futures').tables![0]!;
    expect(table.rows.map((r) => r.header)).toEqual(['Round down', 'Round up']);
    expect(table.rows[0]!.cells.slice(0, 2)).toEqual(['0 × 50', '40 t unhedged']);
    expect(table.rows[1]!.cells.slice(0, 2)).toEqual(['1 × 50', '10 t over-hedged']);
    // The 20 % stress move: 40 × 222 × 20 % = 1,776 on the unhedged need; 10 × 222 × 20 % = 444 on the over-hedge.
    const money = (cell: unknown) => (cell as { money: { amount: { toFixed(): string } } }).money.amount.toFixed();
    expect(table.rows.map((r) => money(r.cells[5]))).toEqual(['1776', '444']);
    expect(table.rows.map((r) => r.cells[4])).toEqual(['a rise of 20 % costs', 'a fall of 20 % costs']);
    expect(table.note).toContain('40 t is 0.8 contracts of 50');
    expect(table.note).toContain('Type a mini contract size');
  });

  it('a typed mini contract (10 t) covers the need exactly: 4 minis, fees per contract, margin pro rata', () => {
    const table = hedgeOf(commodity({ miniContractSize: '10' }), 'futures').tables![0]!;
    const mini = table.rows[2]!;
    expect(mini.header).toBe('Mini contracts');
    expect(mini.cells.slice(0, 2)).toEqual(['0 × 50 + 4 mini × 10', 'none']);
    const money = (i: number) => (mini.cells[i] as { money: { amount: { toFixed(): string } } }).money.amount.toFixed();
    expect([money(2), money(3), money(5), money(6)]).toEqual(['12.4', '720', '0', '8892.4']); // 4 × 3.10; 4 × 900/5; nothing open; 40 × 222 + 12.40
    const typed = hedgeOf(commodity({ miniContractSize: '10', miniMargin: '150' }), 'futures').tables![0]!.rows[2]!.cells[3];
    expect((typed as { money: { amount: { toFixed(): string } } }).money.amount.toFixed()).toBe('600'); // 4 × 150 typed
  });

  it('a buyer reads cost per t, total locked in and the worst extra cost; a holder keeps the floor', () => {
    const buyer = commodity();
    expect(labels(buyer, 'futures')).toEqual(['Locked-in cost per t', 'All-in cost per t hedged, with fees', 'Total cost locked in (50 t)', 'Worst extra cost if the price falls 20 % (10 t over-hedged)']);
    expect(hedgeOf(buyer, 'futures').wording).toEqual({ floor: null, cap: null, breakeven: null });
    const down = commodity({ rounding: 'down', quantity: '140' });
    expect(labels(down, 'futures')[3]).toBe('Worst extra cost if the price rises 20 % (40 t unhedged)');
    const holder = commodity({ side: 'holder' });
    expect(labels(holder, 'futures')[0]).toBe('Locked-in selling price');
    expect(hedgeOf(holder, 'futures').wording).toEqual({});
    expect(hedgeOf(holder, 'futures').tables![0]!.columns.at(-1)).toBe('Worst total proceeds');
  });

  it('a mini as large as the full contract is refused in the table', () => {
    expect(hedgeOf(commodity({ miniContractSize: '50' }), 'futures').tables![0]!.note).toBe('The mini contract must be smaller than the full contract.');
  });
});

describe('borrower: every reset to maturity', () => {
  it('the preset: 3 quarterly resets (months 3, 6, 9) at 97.60, 97.55, 97.50; 5 contracts each', () => {
    const r = rate();
    const strip = planOf(r, 'rate-strip');
    if (strip.kind !== 'rate-strip') throw new Error('kind');
    expect(strip.extras.periods.map((p) => p.forwardRate)).toEqual([0.024, 0.0245, 0.025].map((x) => expect.closeTo(x, 12)));
    expect(strip.extras.totalContracts).toBe(15);
    expect(hedgeOf(r, 'rate-strip').tables![0]!.rows.map((x) => x.header)).toEqual(['Reset in 3 months', 'Reset in 6 months', 'Reset in 9 months']);
    const cap = planOf(r, 'rate-cap');
    if (cap.kind !== 'rate-cap') throw new Error('kind');
    expect(cap.extras.caplets).toHaveLength(3);
    expect(labels(r, 'rate-cap')).toEqual(['Cap premium, paid today', 'Cap premium per year covered', 'Worst-case effective loan rate']);
    expect(labels(r, 'swap-term')).toContain('Fair (par) swap rate from the futures');
  });

  it('another reset frequency: monthly periods to 12 months, later resets repeat the last price', () => {
    const r = rate({ resetMonths: '1', loanMonths: '1', maturityMonths: '12', stripPrices: '97.5' });
    const strip = planOf(r, 'rate-strip');
    if (strip.kind !== 'rate-strip') throw new Error('kind');
    expect(strip.extras.periods).toHaveLength(11);
    expect(strip.extras.periods.filter((p) => p.quoted)).toHaveLength(2);
    expect(hedgeOf(r, 'rate-strip').tables![0]!.rows[5]!.cells[0]).toBe('97.5 (last price repeated)');
  });

  it('a maturity that is not whole periods, or unreadable prices, are marked on their fields; the next-reset hedges stay', () => {
    const r = rate({ maturityMonths: '13' });
    expect(r.fieldErrors).toEqual({ 'rate.maturityMonths': ScheduleMessages.notWhole });
    expect(hedgeOf(r, 'rate-lock').plan).not.toBeNull();
    expect(hedgeOf(r, 'rate-cap').plan).toBeNull();
    expect(rate({ stripPrices: '97.5; abc' }).fieldErrors).toEqual({ 'rate.stripPrices': ScheduleMessages.prices });
    expect(rate({ maturityMonths: '3' }).fieldErrors).toEqual({ 'rate.maturityMonths': ScheduleMessages.afterReset });
    expect(rate({ stripPrices: '97,55 97,50' }).fieldErrors).toEqual({}); // a decimal comma is read as a point
  });
});

describe('importer: points and markup split, and the wrong-side flag next to the quote', () => {
  it('the preset quote 0.9185 is plausible: no note; the split adds up to bank forward − spot', () => {
    const r = fx();
    expect(r.fieldNotes).toEqual({});
    const figs = hedgeOf(r, 'fx-forward').figures;
    const money = (label: string) => (figs.find((f) => f.label === label) as { money: { amount: { toNumber(): number } } }).money.amount.toNumber();
    const points = money('Interest differential (forward points), in money');
    const markup = money("Bank's markup over parity, in money");
    expect(points + markup).toBeCloseTo(180_000 * (0.9185 - 0.92), 6);
    expect(points).toBeLessThan(0); // USD rates above EUR rates: the forward is below spot
  });

  it('a quote better than parity for the importer is flagged next to the field and in the hedge', () => {
    const r = fx({ bankForward: '0.9100' });
    expect(r.fieldNotes['fx.bankForward']).toMatch(/^This quote is below the parity forward 0\.91547\d: better for you than the interest rates allow/);
    expect(hedgeOf(r, 'fx-forward').warnings[0]).toBe(r.fieldNotes['fx.bankForward']);
    // For an exporter selling USD the same quote is the bank's margin, not a flag.
    expect(fx({ bankForward: '0.9100', side: 'receivable' }).fieldNotes).toEqual({});
  });

  it('the inverse pair (USD per EUR) is beyond the ±2 % range', () => {
    expect(fx({ bankForward: '1.0870' }).fieldNotes['fx.bankForward']).toContain('beyond the ±2 %');
  });
});
