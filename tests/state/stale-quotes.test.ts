/** A typed quote prices one contract: a new strike, expiry, strike mode or target empties the quotes it no longer fits. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import { clearedMessage } from '../../src/state/quote-notice';
import type { StockHedgeInput } from '../../src/state/scenario';
import { clearStaleQuotes, keepQuotes, QUOTE_LEGS } from '../../src/state/stale-quotes';

/** The example with a quote typed on every leg. */
const quoted: StockHedgeInput = {
  ...D.stock,
  putBid: '2.10', putAsk: '2.30', putQuote: '',
  callBid: '', callAsk: '', callQuote: '1.20',
  lowerPutBid: '0.80', lowerPutAsk: '0.95', lowerPutLast: '0.9',
  upperCallBid: '0.40', upperCallAsk: '', upperCallLast: '',
};
const ALL_QUOTES = Object.values(QUOTE_LEGS).flatMap((l) => Object.values(l.quotes));
const quotesOf = (s: StockHedgeInput) => Object.fromEntries(ALL_QUOTES.map((f) => [f, s[f]]));
const emptied = (s: StockHedgeInput) => ALL_QUOTES.filter((f) => s[f] === '' && quoted[f] !== '');

describe('clearStaleQuotes: a strike clears only its own leg', () => {
  it.each([
    ['putStrike', 'put', ['putBid', 'putAsk']],
    ['callStrike', 'call', ['callQuote']],
    ['spreadLowerStrike', 'lowerPut', ['lowerPutBid', 'lowerPutAsk', 'lowerPutLast']],
    ['upperCallStrike', 'upperCall', ['upperCallBid']],
  ] as const)('%s -> the %s quotes', (strike, leg, fields) => {
    const after = { ...quoted, [strike]: '101' };
    const c = clearStaleQuotes(quoted, after)!;
    expect(c.change).toBe('strike');
    expect(c.cleared.map((l) => l.leg)).toEqual([leg]);
    expect(c.cleared[0]!.strike).toBe(quoted[strike]);
    expect(emptied(c.stock).sort()).toEqual([...fields].sort());
    // Everything else, the new strike included, as it was.
    expect(c.stock).toEqual({ ...after, ...Object.fromEntries(fields.map((f) => [f, ''])) });
  });

  it('keeps each cleared text as typed, with its label', () => {
    const c = clearStaleQuotes(quoted, { ...quoted, putStrike: '60' })!;
    expect(c.cleared[0]!.quotes).toEqual([
      { field: 'putBid', label: 'bid', text: '2.10' },
      { field: 'putAsk', label: 'ask', text: '2.30' },
    ]);
  });
});

describe('clearStaleQuotes: expiry, strike mode and target clear every leg', () => {
  it.each([
    ['expiry', { ...quoted, expiryDays: '91' }, undefined],
    ['strikeMode', { ...quoted, strikeMode: 'percent' as const }, undefined],
    ['target', quoted, 'Alpine Foods'],
  ] as const)('%s', (change, after, previousTarget) => {
    const c = clearStaleQuotes(quoted, after, previousTarget)!;
    expect(c.change).toBe(change);
    expect(c.cleared.map((l) => l.leg)).toEqual(['put', 'call', 'lowerPut', 'upperCall']);
    expect(emptied(c.stock).sort()).toEqual(ALL_QUOTES.filter((f) => quoted[f] !== '').sort());
    expect(ALL_QUOTES.every((f) => c.stock[f] === '')).toBe(true);
    expect(c.stock.expiryDays).toBe(after.expiryDays);
    expect(c.stock.strikeMode).toBe(after.strikeMode);
    expect(c.expiryDays).toBe(quoted.expiryDays);
    expect(c.strikeMode).toBe(quoted.strikeMode);
  });

  it('a target change keeps the re-based strikes it is given', () => {
    const after = { ...quoted, putStrike: '71.68' };
    const c = clearStaleQuotes(quoted, after, 'Nordlicht Robotics')!;
    expect(c.stock.putStrike).toBe('71.68');
    expect(c.previousTarget).toBe('Nordlicht Robotics');
  });
});

describe('clearStaleQuotes: changes that define no contract clear nothing', () => {
  it.each([
    ['commission', '2'], ['exchangeFee', '1'], ['rate', '5'], ['tenorDays', '30'], ['hedgeRatio', '50'],
    ['contractSize', '10'], ['putBid', '2.20'], ['callQuote', ''], ['borrowFee', '3'],
  ] as const)('%s', (field, value) => {
    expect(clearStaleQuotes(quoted, { ...quoted, [field]: value })).toBeNull();
  });

  it('the same strike or expiry written another way is the same contract (56 = 56.00, 1,000 = 1000)', () => {
    expect(clearStaleQuotes(quoted, { ...quoted, putStrike: '56.00' })).toBeNull();
    expect(clearStaleQuotes({ ...quoted, putStrike: '1000' }, { ...quoted, putStrike: '1,000' })).toBeNull();
    expect(clearStaleQuotes(quoted, { ...quoted, expiryDays: ` ${quoted.expiryDays}.0` })).toBeNull();
  });

  it('a leg with no quote typed has nothing to clear; the others keep theirs', () => {
    const noPut = { ...quoted, putBid: '', putAsk: '', putQuote: '' };
    expect(clearStaleQuotes(noPut, { ...noPut, putStrike: '50' })).toBeNull();
    const c = clearStaleQuotes(noPut, { ...noPut, expiryDays: '30' })!;
    expect(c.cleared.map((l) => l.leg)).toEqual(['call', 'lowerPut', 'upperCall']);
    expect(clearStaleQuotes(D.stock, { ...D.stock, expiryDays: '30' })).toBeNull();
  });

  it('a strike typed into an empty or invalid field is still a new contract', () => {
    expect(clearStaleQuotes(quoted, { ...quoted, putStrike: '' })!.cleared[0]!.leg).toBe('put');
    const bad = { ...quoted, putStrike: '5x' };
    expect(clearStaleQuotes(bad, { ...bad, putStrike: '5' })!.cleared[0]!.strike).toBe('5x');
  });
});

describe('keepQuotes', () => {
  it('puts every cleared quote back', () => {
    const c = clearStaleQuotes(quoted, { ...quoted, expiryDays: '30' })!;
    const back = keepQuotes(c.stock, c.cleared);
    expect(quotesOf(back)).toEqual(quotesOf(quoted));
    expect(back.expiryDays).toBe('30');
  });

  it('keeps a quote typed since, and returns the same object when nothing is back', () => {
    const c = clearStaleQuotes(quoted, { ...quoted, putStrike: '60' })!;
    const retyped = { ...c.stock, putBid: '3.00' };
    expect(keepQuotes(retyped, c.cleared)).toMatchObject({ putBid: '3.00', putAsk: '2.30' });
    const full = { ...c.stock, putBid: '1', putAsk: '2' };
    expect(keepQuotes(full, c.cleared)).toBe(full);
  });
});

describe('clearedMessage', () => {
  it('one leg: its quotes as typed and the strike they were for', () => {
    const c = clearStaleQuotes({ ...quoted, putStrike: '95' }, { ...quoted, putStrike: '90' })!;
    expect(clearedMessage(c)).toMatch(/^Cleared the put’s quote \(bid 2\.10, ask 2\.30\): it was for the 95 strike\./);
    const pct = { ...quoted, strikeMode: 'percent' as const, spreadLowerStrike: '80' };
    expect(clearedMessage(clearStaleQuotes(pct, { ...pct, spreadLowerStrike: '85' })!)).toMatch(
      /^Cleared the put spread’s lower put’s quote \(bid 0\.80, ask 0\.95, last 0\.9\): it was for the 80 % strike\./,
    );
  });

  it('several legs: each listed, with the expiry, strike mode or holding they were for', () => {
    const call = { ...quoted, lowerPutBid: '', lowerPutAsk: '', lowerPutLast: '', upperCallBid: '' };
    expect(clearedMessage(clearStaleQuotes(call, { ...call, expiryDays: '30' })!)).toMatch(
      new RegExp(`^Cleared the quotes of the put \\(bid 2\\.10, ask 2\\.30\\) and the call \\(last 1\\.20\\): they were for the ${quoted.expiryDays}-day expiry\\.`),
    );
    expect(clearedMessage(clearStaleQuotes(quoted, quoted, 'Nordlicht Robotics')!)).toMatch(
      /^Cleared the quotes of the put \(.*\), the call \(.*\), the put spread’s lower put \(.*\) and the call spread’s upper call \(bid 0\.40\): they were for options on Nordlicht Robotics\./,
    );
    expect(clearedMessage(clearStaleQuotes(quoted, { ...quoted, strikeMode: 'percent' })!)).toContain('they were for strikes typed as prices.');
  });
});
