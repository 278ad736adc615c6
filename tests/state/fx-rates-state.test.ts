/** The home currency and FX rates are scenario inputs: typed through the store, kept in the share link and the file, checked on the way in. */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO as D } from '../../src/state/presets';
import { sanitizeScenario } from '../../src/state/sanitize';
import type { Scenario } from '../../src/state/scenario';
import { exportScenarioFile, importScenarioFile } from '../../src/state/scenario-file';
import { decodeScenario, encodeScenario } from '../../src/state/share-link';
import { useScenarioStore } from '../../src/state/store';

const abroad: Scenario = {
  ...D,
  portfolio: {
    ...D.portfolio,
    holdings: D.portfolio.holdings.map((h) => (h.id === 'h1' ? { ...h, currency: 'USD' } : h.id === 'h2' ? { ...h, currency: 'JPY' } : h)),
    homeCurrency: 'EUR',
    fxRates: [{ currency: 'USD', spot: '0.92', vol: '8', rate: '4.5', correlation: '-0.2' }, { currency: 'JPY', spot: '0,0062x', vol: '', rate: '', correlation: '' }],
  },
  stock: { ...D.stock, fxCompounding: 'simple', fxOptionStrike: '97.5' },
};

describe('FX inputs in the saved scenario', () => {
  beforeEach(() => useScenarioStore.getState().resetToExample());

  it('round-trips through the share link and the file exactly as typed (bad text included)', () => {
    const link = decodeScenario(encodeScenario(abroad));
    expect(link.ok && link.value).toEqual(abroad);
    expect(link.ok && link.warnings).toEqual([]);
    const file = importScenarioFile(exportScenarioFile(abroad));
    expect(file.ok && file.value).toEqual(abroad);
  });

  it('refuses a row with a currency that is not a code, and a compounding that is not a choice', () => {
    const r = sanitizeScenario({ ...abroad, portfolio: { ...abroad.portfolio, fxRates: [{ currency: 'usd', spot: '1', vol: '', rate: '', correlation: '' }] }, stock: { ...abroad.stock, fxCompounding: 'daily' } });
    if (!r.ok) throw new Error(r.message);
    expect(r.value.portfolio.fxRates[0]!.currency).toBe('USD');
    expect(r.value.stock.fxCompounding).toBe('continuous');
    expect(r.warnings).toHaveLength(2);
  });

  it('the store types a rate into its currency’s row (created on first use) and the home currency as typed', () => {
    const s = useScenarioStore.getState();
    s.setFxRate('USD', 'spot', '0.9');
    s.setFxRate('USD', 'vol', '8x');
    s.setFxRate('usd', 'spot', '1');
    s.setPortfolioField('homeCurrency', 'ch');
    const p = useScenarioStore.getState().portfolio;
    expect(p.fxRates).toEqual([{ currency: 'USD', spot: '0.9', vol: '8x', rate: '', correlation: '' }]);
    expect(p.homeCurrency).toBe('ch');
  });
});
