/**
 * Typed text -> numbers with each plain message placed on its scenario path, whether the reader
 * refuses the text or the engine refuses the number. A bad shared input (the position, the horizon)
 * stops every hedge of the mode; a bad input of one hedge stops only the hedges that read it.
 */
import { describe, expect, it } from 'vitest';
import { computeMode } from '../../src/calc/calculate';
import { FxMessages } from '../../src/calc/fx-rates';
import { HoldingMessages } from '../../src/calc/holdings';
import type { ModeResult } from '../../src/calc/types';
import { isPlanKind } from '../../src/engine';
import type { HedgePlan } from '../../src/engine';
import { InputMessages } from '../../src/state/parse-input';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import type { CommodityHedgeInput, FxHedgeInput, Holding, RateHedgeInput, StockHedgeInput } from '../../src/state/scenario';

const inMode = <M extends 'fx' | 'commodity' | 'rate'>(mode: M, patch: object) => computeMode({ ...D, [mode]: { ...D[mode], ...patch }, prefs: { ...D.prefs, mode } });
const fx = (patch: Partial<FxHedgeInput>) => inMode('fx', patch);
const commodity = (patch: Partial<CommodityHedgeInput>) => inMode('commodity', patch);
const rate = (patch: Partial<RateHedgeInput>) => inMode('rate', patch);
const stock = (patch: Partial<StockHedgeInput>) => computeMode({ ...D, stock: { ...D.stock, ...patch } });
const withHolding = (id: string, patch: Partial<Holding>) =>
  computeMode({ ...D, portfolio: { ...D.portfolio, holdings: D.portfolio.holdings.map((h) => (h.id === id ? { ...h, ...patch } : h)) } });
/** The kind's typed extras, read by name (tests only). */
const ex = (p: HedgePlan) => (p as unknown as { extras: Record<string, unknown> }).extras;
const removed = (r: ModeResult) => r.hedges.filter((h) => h.plan === null).map((h) => h.id);
const OPTIONS = ['protective-put', 'collar', 'put-spread'];

describe('reader errors land on the typed field', () => {
  it("'abc' in the FX spot -> fieldErrors['fx.spot'], no hedges", () => {
    const r = fx({ spot: 'abc' });
    expect(r.fieldErrors).toEqual({ 'fx.spot': InputMessages.notNumber });
    expect(r.hedges).toEqual([]);
  });

  // 'all': a shared input, no hedge is computed; else the hedges that read the field.
  it.each<[string, () => ModeResult, string, string, 'all' | readonly string[]]>([
    ['fx amount 0', () => fx({ amount: '0' }), 'fx.amount', InputMessages.above('0'), 'all'],
    ['fx tenor empty', () => fx({ tenorDays: '' }), 'fx.tenorDays', InputMessages.notNumber, 'all'],
    ['fx vol with exponent', () => fx({ optionVol: '1e1' }), 'fx.optionVol', InputMessages.exponent, ['fx-option']],
    ['fx fee negative', () => fx({ optionFee: '-1' }), 'fx.optionFee', InputMessages.atLeast('0'), ['fx-option']],
    ['fx bank forward 1,23 (bad grouping)', () => fx({ bankForward: '1,23' }), 'fx.bankForward', InputMessages.notNumber, ['fx-forward']],
    ['commodity futures %', () => commodity({ futuresPrice: '222 %' }), 'commodity.futuresPrice', InputMessages.noPercent, ['futures']],
    ['commodity contract size −50', () => commodity({ contractSize: '-50' }), 'commodity.contractSize', InputMessages.above('0'), ['futures']],
    ['commodity stress 101 %', () => commodity({ stressMove: '101' }), 'commodity.stressMove', InputMessages.atMost('100 %'), ['futures']],
    ['commodity margin x', () => commodity({ initialMargin: 'x' }), 'commodity.initialMargin', InputMessages.notNumber, ['futures']],
    ['rate principal 1,2x', () => rate({ principal: '1,2x' }), 'rate.principal', InputMessages.notNumber, 'all'],
    ['rate futures 40', () => rate({ futuresPrice: '40' }), 'rate.futuresPrice', InputMessages.above('50'), 'all'],
    ['rate reset 601 months', () => rate({ resetMonths: '601' }), 'rate.resetMonths', InputMessages.atMost('600'), 'all'],
    ['rate swap rate x', () => rate({ swapRate: 'x' }), 'rate.swapRate', InputMessages.notNumber, ['rate-swap', 'swap-term']],
    ['target proxy correlation 1.5', () => withHolding('h1', { proxyCorrelation: '1.5' }), 'portfolio.h1.proxyCorrelation', InputMessages.atMost('1'), ['cross']],
    ['stock contract size −100', () => stock({ contractSize: '-100' }), 'stock.contractSize', InputMessages.above('0'), OPTIONS],
    ['stock hedge ratio 0', () => stock({ hedgeRatio: '0' }), 'stock.hedgeRatio', InputMessages.above('0 %'), 'all'],
    ['stock tenor 1e3', () => stock({ tenorDays: '1e3' }), 'stock.tenorDays', InputMessages.exponent, 'all'],
    ['stock expiry 0', () => stock({ expiryDays: '0' }), 'stock.expiryDays', InputMessages.above('0'), OPTIONS],
    ['stock put quote −1', () => stock({ putQuote: '-1' }), 'stock.putQuote', InputMessages.atLeast('0'), OPTIONS],
    ['stock borrow fee x', () => stock({ borrowFee: 'x' }), 'stock.borrowFee', InputMessages.notNumber, ['short-sale']],
    ['stock target beta x', () => stock({ targetBeta: 'x' }), 'stock.targetBeta', InputMessages.notNumber, ['beta']],
    ['stock stress move 101', () => stock({ stressMove: '101' }), 'stock.stressMove', InputMessages.atMost('100 %'), ['short-sale', 'cross', 'beta']],
  ])('%s', (_label, run, path, message, gone) => {
    const r = run();
    expect(r.fieldErrors).toEqual({ [path]: message });
    if (gone === 'all') expect(r.hedges).toEqual([]);
    else expect(removed(r)).toEqual(gone);
  });

  it('collects every bad field at once', () => {
    const r = fx({ spot: 'abc', amount: '', optionVol: '0' });
    expect(Object.keys(r.fieldErrors).sort()).toEqual(['fx.amount', 'fx.optionVol', 'fx.spot']);
  });

  it('ignores the call strike when the collar is solved for zero cost', () => {
    expect(stock({ callStrike: 'abc', zeroCostCollar: true }).fieldErrors).toEqual({});
    expect(stock({ callStrike: 'abc', zeroCostCollar: false }).fieldErrors).toEqual({ 'stock.callStrike': InputMessages.notNumber });
  });

  it('keeps the horizon when only another field is bad, drops it when the tenor is bad', () => {
    expect(fx({ spot: 'abc' }).horizonYears).toBeCloseTo(90 / 365, 15);
    expect(fx({ tenorDays: 'abc' }).horizonYears).toBeNull();
    expect(rate({ resetMonths: 'abc' }).horizonYears).toBeNull();
  });
});

describe('typed forms a user writes are accepted', () => {
  it("'25 %', '25%' and '25' mean the same percentage", () => {
    const plain = stock({ hedgeRatio: '25' });
    for (const typed of ['25 %', '25%', ' 25 % ']) {
      const r = stock({ hedgeRatio: typed });
      expect(r.fieldErrors).toEqual({});
      expect(ex(r.hedges[0]!.plan!).hedgeRatio).toBe(0.25);
      expect(r.hedges[0]!.plan!.legs[0]!.contracts).toBe(plain.hedges[0]!.plan!.legs[0]!.contracts);
    }
    // 25 % of 1,200 shares = 300 shares = 3 contracts of 100.
    expect(plain.hedges[0]!.plan!.legs[0]!.contracts).toBe(3);
  });

  it("'4.25 %' in the FX foreign rate equals '4.25'", () => {
    const a = fx({ foreignRate: '4.25 %' });
    expect(a.fieldErrors).toEqual({});
    expect(ex(a.hedges[0]!.plan!).parityForward).toBe(ex(fx({}).hedges[0]!.plan!).parityForward);
  });

  it("'1,234.5' and '1 234.5' are thousands-grouped numbers", () => {
    for (const typed of ['1,234.5', '1 234.5', '1234.5']) {
      const r = commodity({ quantity: typed });
      expect(r.fieldErrors).toEqual({});
      expect(ex(r.hedges[0]!.plan!).exactContracts).toBeCloseTo(1234.5 / 50, 12);
    }
  });

  it("accepts a unicode minus: '−100' quantity is a short (a put says it does not apply; the protective call is planned)", () => {
    const r = withHolding('h1', { quantity: '\u2212100' });
    expect(r.fieldErrors).toEqual({});
    expect(r.hedges.find((h) => h.id === 'protective-put')!.errors[0]).toMatch(/^Not for a short holding/);
    expect(r.hedges.find((h) => h.id === 'protective-call')!.plan).not.toBeNull();
  });

  it('money fields keep exact decimal text: a 1,250.50 commission charges exactly 1,250.50 per contract', () => {
    const r = commodity({ commission: '1,250.50' });
    const line = r.hedges[0]!.plan!.ledger.lines.find((l) => l.kind === 'commission')!;
    expect(line.amount.amount.toFixed()).toBe('1250.5');
  });

  it('an empty basis and an empty bank forward are optional', () => {
    expect(commodity({ basis: '' }).fieldErrors).toEqual({});
    const r = fx({ bankForward: '' });
    expect(r.fieldErrors).toEqual({});
    expect(ex(r.hedges[0]!.plan!).bankQuote).toBeNull();
    expect(Object.keys(r.hedges[0]!.explanations)).toEqual(['parityForward', 'lockedPrice', 'points']);
  });
});

describe('engine range errors are mapped to their field', () => {
  it('a zero value of a basis point (accepted as money) is refused by the rate lock on rate.bpValue; the swap still computes', () => {
    const r = rate({ bpValue: '0' });
    expect(r.fieldErrors).toEqual({ 'rate.bpValue': 'Must be greater than 0.' });
    expect(r.hedges.find((h) => h.id === 'rate-lock')!.plan).toBeNull();
    expect(r.hedges.find((h) => h.id === 'rate-lock')!.errors).toEqual([]);
    expect(r.hedges.find((h) => h.id === 'rate-swap')!.plan).not.toBeNull();
  });

  it('a rate futures price of 150 is refused on rate.futuresPrice', () => {
    expect(rate({ futuresPrice: '150' }).fieldErrors).toEqual({ 'rate.futuresPrice': 'Must be less than 150.' });
  });

  it('a lower-case currency code is refused on its field in each mode', () => {
    expect(commodity({ currency: 'eur' }).fieldErrors).toEqual({ 'commodity.currency': 'Enter a three-letter currency code, e.g. EUR.' });
    expect(fx({ domestic: 'eu' }).fieldErrors).toEqual({ 'fx.domestic': 'Enter a three-letter currency code, e.g. EUR.' });
    expect(rate({ currency: 'xx' }).fieldErrors).toEqual({ 'rate.currency': 'Enter a three-letter currency code, e.g. EUR.' });
  });

  it('a spread lower strike above the put strike fails only the put spread, on stock.spreadLowerStrike', () => {
    const r = stock({ spreadLowerStrike: '60' });
    expect(r.fieldErrors).toEqual({ 'stock.spreadLowerStrike': 'Must be less than 56.' });
    expect(r.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['put-spread']);
  });

  it('a call strike below the put strike fails only the collar, on stock.callStrike', () => {
    const r = stock({ zeroCostCollar: false, callStrike: '50' });
    expect(r.fieldErrors).toEqual({ 'stock.callStrike': 'Must be at least 56.' });
    expect(r.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['collar']);
    expect(r.hedges.find((h) => h.id === 'collar')!.name).toBe('Collar');
  });

  it('a target beta outside the engine range fails the macro hedge on stock.targetBeta', () => {
    const r = stock({ targetBeta: '15' });
    expect(r.fieldErrors).toEqual({ 'stock.targetBeta': 'Must be at most 10.' });
    expect(r.hedges.find((h) => h.id === 'beta')!.plan).toBeNull();
  });

  it('a target quantity of 0 is refused on the target holding’s quantity', () => {
    const r = withHolding('h1', { quantity: '0' });
    expect(r.fieldErrors).toEqual({ 'portfolio.h1.quantity': 'Must be greater than 0.' });
    expect(r.hedges.find((h) => h.id === 'protective-put')!.plan).toBeNull();
  });

  it('a zero volatility of the target is refused on portfolio.<target>.vol for the option hedges', () => {
    const r = withHolding('h1', { vol: '0' });
    expect(Object.keys(r.fieldErrors)).toEqual(['portfolio.h1.vol']);
    expect(r.hedges.filter((h) => h.plan === null).map((h) => h.id)).toEqual(['protective-put', 'collar', 'put-spread']);
  });

  it('a put quote of 0 cannot be matched by a zero-cost call: a plain message on the collar row', () => {
    const r = stock({ putQuote: '0' });
    const collar = r.hedges.find((h) => h.id === 'collar')!;
    expect(collar.plan).toBeNull();
    expect(collar.errors.join(' ')).toMatch(/call strike/);
  });

  // Only the field is asserted here: the messages are in the engine's units (see the report).
  it('engine limits on the horizon land on the typed field', () => {
    expect(Object.keys(fx({ tenorDays: '18251' }).fieldErrors)).toEqual(['fx.tenorDays']);
    expect(fx({ tenorDays: '18250' }).fieldErrors).toEqual({});
    expect(Object.keys(rate({ loanMonths: '121' }).fieldErrors)).toEqual(['rate.loanMonths']);
    expect(Object.keys(fx({ foreignRate: '-100' }).fieldErrors)).toEqual(['fx.foreignRate']);
  });
});

describe('portfolio errors and notes', () => {
  it('a holding in another currency without an FX rate -> a note (not an error) on that holding’s currency field and on the rate; the hedges compute', () => {
    const r = withHolding('h3', { currency: 'USD' });
    expect(r.fieldErrors).toEqual({});
    expect(r.fieldNotes).toEqual({ 'portfolio.h3.currency': HoldingMessages.otherCurrency('EUR', 'USD'), 'portfolio.fxRates.USD.spot': FxMessages.missingRate('EUR', 'USD') });
    expect(removed(r)).toEqual([]);
  });

  it('a malformed code -> the three-letter message on that holding', () => {
    expect(withHolding('h4', { currency: 'usd' }).fieldErrors).toEqual({ 'portfolio.h4.currency': 'Enter a three-letter currency code, e.g. EUR.' });
  });

  it('the home currency, not the target’s, is the portfolio currency: a USD target without a rate is left out, the EUR holdings count', () => {
    const r = withHolding('h1', { currency: 'USD' });
    expect(Object.keys(r.fieldNotes).sort()).toEqual(['portfolio.fxRates.USD.spot', 'portfolio.h1.currency']);
    expect(r.portfolio?.currency).toBe('EUR');
    // The target's price hedges are in its own currency; the rest cannot be shown in USD without a rate.
    expect(r.currency).toBe('USD');
    expect(r.restOfPortfolioValue).toBe(0);
    // 249,500 − 75,000 (the target, 1,200 × 62.50) by hand.
    expect(r.portfolio?.totalValue).toBe(174_500);
  });

  it('bad text in a non-target holding lands on that holding', () => {
    const r = withHolding('h2', { price: 'abc', beta: '30' });
    expect(r.fieldErrors).toEqual({ 'portfolio.h2.price': InputMessages.notNumber, 'portfolio.h2.beta': InputMessages.atMost('20') });
  });

  it('is reported through computeMode in stock mode only', () => {
    const holdings = D.portfolio.holdings.map((h) => (h.id === 'h3' ? { ...h, currency: 'USD' } : h));
    const s = { ...D, portfolio: { ...D.portfolio, holdings } };
    expect(computeMode(s).fieldNotes).toHaveProperty(['portfolio.h3.currency']);
    expect(computeMode({ ...s, prefs: { ...s.prefs, mode: 'fx' } }).fieldNotes).toEqual({});
  });
});

describe('typed stock inputs reach the engine exactly', () => {
  // A 1.1 % borrow fee typed as "1.1" is the decimal 0.011: the ledger label reads "1.1 %", never the
  // binary float 1.1 / 100 = 0.011000000000000001 (IEEE 754 double).
  it('a 1.1 % borrow fee reads "1.1 %" in the short sale ledger', () => {
    const r = stock({ borrowFee: '1.1' });
    const plan = r.hedges.find((h) => h.id === 'short-sale')!.plan!;
    const label = plan.ledger.lines.find((l) => l.kind === 'borrow-fee')!.label;
    expect(label).toContain('1.1 % a year');
    expect(label).not.toContain('0.011000000000000001');
  });

  // "Share of the position to hedge" applies to the proxy hedge too (Hull OFOD §3.4, eq. 3.2 times the
  // share): with h* = 0.75 × 0.45 × 62.5 / (0.28 × 820) and 1,200 shares, half the position needs half
  // the exact contracts.
  it('the proxy hedge honours the share of the position to hedge', () => {
    const h = (0.75 * 0.45 * 62.5) / (0.28 * 820);
    const half = stock({ hedgeRatio: '50' }).hedges.find((x) => x.id === 'cross')!.plan!;
    const exact = isPlanKind(half, 'cross') ? half.extras.exactContracts : Number.NaN;
    expect(exact).toBeCloseTo((0.5 * h * 1200) / 50, 10);
  });
});
