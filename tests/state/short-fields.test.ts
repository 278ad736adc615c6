/** The inputs of a short holding and the option quotes survive a share link and a scenario file. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import type { Scenario } from '../../src/state/scenario';
import { decodeScenario, encodeScenario } from '../../src/state/share-link';
import { exportScenarioFile, importScenarioFile } from '../../src/state/scenario-file';

const short: Scenario = {
  ...DEFAULT_SCENARIO,
  portfolio: { ...DEFAULT_SCENARIO.portfolio, holdings: DEFAULT_SCENARIO.portfolio.holdings.map((h) => (h.id === 'h1' ? { ...h, quantity: '-1,200' } : h)) },
  stock: {
    ...DEFAULT_SCENARIO.stock,
    putBid: '1.10', putAsk: '1.25', putQuote: '1.2', callBid: '3.10', callAsk: '3.40', callQuote: '',
    lowerPutBid: '0.4', lowerPutAsk: '0.5', lowerPutLast: '0.45',
    upperCallStrike: '80', upperCallBid: '1', upperCallAsk: '1.2', upperCallLast: '1.1',
    stockFuturesPrice: '63.40', stockFuturesSize: '1', stockFuturesMargin: '0', buyBackPrice: '62.60', buyBackCommission: '9.95',
  },
  prefs: { ...DEFAULT_SCENARIO.prefs, selectedHedge: 'protective-call' },
};

describe('short holding and quote fields', () => {
  it('round-trip through a share link exactly', () => {
    const r = decodeScenario(encodeScenario(short));
    expect(r.ok && r.value).toEqual(short);
  });
  it('round-trip through a scenario file exactly', () => {
    const r = importScenarioFile(exportScenarioFile(short));
    expect(r.ok && r.value).toEqual(short);
  });
});
