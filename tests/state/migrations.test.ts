import { describe, expect, it } from 'vitest';
import { migrateV3ToV4, V4_ADDED_FIELDS, V4_ADDED_SECTIONS } from '../../src/state/migration-v4';
import { CURRENT_VERSION, MigrationMessages, migrate, migrateV1ToV2, migrateV2ToV3, PROXY_KEYS, restoreScenario } from '../../src/state/migrations';
import type { ScenarioV1, ScenarioV2 } from '../../src/state/migrations';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import type { Scenario } from '../../src/state/scenario';

const D = DEFAULT_SCENARIO;

/** `s` as version 3 saved it: without the fields and sections version 4 added. */
function asV3(s: Scenario): Scenario {
  const out: Record<string, unknown> = { ...s };
  for (const [section, keys] of Object.entries(V4_ADDED_FIELDS)) {
    out[section] = Object.fromEntries(Object.entries(s[section as keyof typeof V4_ADDED_FIELDS]).filter(([k]) => !(keys as readonly string[]).includes(k)));
  }
  for (const section of V4_ADDED_SECTIONS) delete out[section];
  return out as unknown as Scenario;
}
const D3 = asV3(D);
const HOLDING_V2_KEYS = ['id', 'name', 'quantity', 'price', 'currency', 'vol', 'dividendYield', 'beta'] as const;

/** The worked example as version 2 saved it: one proxy in `stock` (the target's), no strike mode, no expiry. */
function exampleV2(): ScenarioV2 {
  const { strikeMode: _m, expiryDays: _e, ...stock } = D3.stock;
  // Version 2 kept no risk choices (horizon, paths, price model, nearest correlations) with the scenario.
  const { riskHorizon: _h, mcPaths: _p, mcModel: _mm, nearestCorrelation: _n, ...portfolioV2 } = D3.portfolio;
  const target = D.portfolio.holdings.find((h) => h.id === D.portfolio.targetId)!;
  const proxy = Object.fromEntries(PROXY_KEYS.map((k) => [k, target[k]])) as Pick<typeof target, (typeof PROXY_KEYS)[number]>;
  return {
    ...(D3 as unknown as ScenarioV2),
    portfolio: { ...portfolioV2, holdings: D.portfolio.holdings.map((h) => Object.fromEntries(HOLDING_V2_KEYS.map((k) => [k, h[k]])) as unknown as ScenarioV2['portfolio']['holdings'][number]) },
    stock: { ...stock, ...proxy },
    commodity: { ...D3.commodity, rate: '3' },
  };
}

/** What version 3 makes of exampleV2: the proxy on the target only, strikes as prices, expiry = horizon. */
function exampleV2AsV3(): Scenario {
  const empty = Object.fromEntries(PROXY_KEYS.map((k) => [k, '']));
  return {
    ...D3,
    portfolio: { ...D3.portfolio, holdings: D.portfolio.holdings.map((h) => (h.id === D.portfolio.targetId ? h : { ...h, ...empty })) },
    stock: { ...D3.stock, strikeMode: 'price', expiryDays: D.stock.tenorDays },
  };
}

/** What version 4 makes of exampleV2AsV3: the example with the other holdings' proxies empty. */
function exampleV2AsV4(): Scenario {
  return { ...D, portfolio: { ...D.portfolio, holdings: exampleV2AsV3().portfolio.holdings } };
}

/** The worked example as version 1 saved it: vol as a fraction, `view` for `mode`, no indexVol. */
function exampleV1(): ScenarioV1 {
  const v2 = exampleV2();
  const { holdings, targetId, correlation } = v2.portfolio;
  const { mode, ...prefs } = v2.prefs;
  return {
    ...v2,
    portfolio: { holdings: holdings.map((h) => ({ ...h, vol: String(Number(h.vol) / 100) })), targetId, correlation },
    prefs: { ...prefs, view: mode },
  };
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('v1 -> v2 step', () => {
  it('the worked example saved by v1 becomes the worked example of v2', () => {
    expect(exampleV1().portfolio.holdings[0]!.vol).toBe('0.45');
    expect(migrateV1ToV2(json(exampleV1()))).toEqual(exampleV2());
  });

  it('converts vol fractions to percent exactly, keeps unreadable vol text as typed', () => {
    const v1 = json(exampleV1()) as unknown as { portfolio: { holdings: Record<string, unknown>[] } };
    const vols = ['0.125', '0.070', '1,2x', '', '2'];
    vols.forEach((vol, i) => (v1.portfolio.holdings[i]!.vol = vol));
    const out = migrateV1ToV2(v1) as { portfolio: { holdings: { vol: unknown }[] } };
    expect(out.portfolio.holdings.map((h) => h.vol)).toEqual(['12.5', '7', '1,2x', '', '200']);
  });

  it('renames prefs.view to prefs.mode and adds indexVol', () => {
    const v1 = json(exampleV1());
    const out = migrateV1ToV2({ ...v1, prefs: { ...v1.prefs, view: 'fx' } }) as typeof DEFAULT_SCENARIO & { prefs: Record<string, unknown> };
    expect(out.prefs).toEqual({ mode: 'fx', selectedHedge: 'protective-put', showPortfolio: false });
    expect('view' in out.prefs).toBe(false);
    expect(out.portfolio.indexVol).toBe(DEFAULT_SCENARIO.portfolio.indexVol);
  });

  it('is pure: the input is not changed', () => {
    const v1 = json(exampleV1());
    const before = JSON.stringify(v1);
    migrateV1ToV2(v1);
    expect(JSON.stringify(v1)).toBe(before);
  });

  it('passes garbage through for sanitize to judge, without throwing', () => {
    for (const g of [null, 42, 'x', [], { portfolio: 'x', prefs: 3 }, { portfolio: { holdings: 'no' } }, { portfolio: { holdings: [1, null] } }]) {
      expect(() => migrateV1ToV2(g)).not.toThrow();
    }
    expect(migrateV1ToV2('x')).toBe('x');
  });
});

describe('v2 -> v3 step', () => {
  it('moves the proxy inputs to the holding that was the target; the other holdings start with none', () => {
    const out = migrateV2ToV3(json(exampleV2())) as Scenario;
    expect(out).toEqual(exampleV2AsV3());
    expect(out.portfolio.holdings.find((h) => h.id === 'h1')!.proxyCorrelation).toBe('0.75');
    expect(out.portfolio.holdings.find((h) => h.id === 'h2')!.proxyCorrelation).toBe('');
    expect(Object.keys(out.stock).filter((k) => k.startsWith('proxy'))).toEqual([]);
  });

  it('drops the commodity rate (tailing needs none)', () => {
    const out = migrateV2ToV3(json(exampleV2())) as Scenario;
    expect(out.commodity).toEqual(D3.commodity);
    expect(Object.keys(out.commodity)).not.toContain('rate');
  });

  it('keeps typed strikes as prices and the option expiry equal to the old horizon, even unreadable text', () => {
    const v2 = json(exampleV2());
    const out = migrateV2ToV3({ ...v2, stock: { ...v2.stock, tenorDays: '9x', putStrike: 'abc' } }) as Scenario;
    expect(out.stock).toMatchObject({ strikeMode: 'price', expiryDays: '9x', tenorDays: '9x', putStrike: 'abc' });
  });

  it('when the target id names no holding, every holding starts without a proxy', () => {
    const v2 = json(exampleV2());
    const out = migrateV2ToV3({ ...v2, portfolio: { ...v2.portfolio, targetId: 'zz' } }) as Scenario;
    expect(out.portfolio.holdings.every((h) => h.proxyPrice === '')).toBe(true);
  });

  it('is pure, and passes garbage through for sanitize to judge', () => {
    const v2 = json(exampleV2());
    const copy = json(v2);
    migrateV2ToV3(v2);
    expect(v2).toEqual(copy);
    expect(migrateV2ToV3('x')).toBe('x');
    expect(migrateV2ToV3({ stock: 5 })).toEqual({ stock: 5 });
    expect(migrateV2ToV3({ stock: {}, portfolio: { holdings: 'no' } })).toEqual({
      stock: { strikeMode: 'price', expiryDays: undefined },
      portfolio: { holdings: 'no', riskHorizon: '10', mcPaths: '100000', mcModel: 'lognormal', nearestCorrelation: false },
    });
    for (const g of [null, 42, [], { portfolio: 'x' }]) expect(migrateV2ToV3(g)).toBe(g);
  });

  it('adds the risk choices version 2 always used: 10 trading days, 100,000 paths, lognormal, the typed correlations', () => {
    const v2 = json(exampleV2());
    const out = migrateV2ToV3({ ...v2, portfolio: { ...v2.portfolio, correlation: '0.7' } }) as Scenario;
    expect(out.portfolio).toMatchObject({ correlation: '0.7', riskHorizon: '10', mcPaths: '100000', mcModel: 'lognormal', nearestCorrelation: false });
  });
});

describe('migrate', () => {
  it('current version is 4, and data of the current version passes through', () => {
    expect(CURRENT_VERSION).toBe(4);
    const v4 = json(DEFAULT_SCENARIO);
    expect(migrate(v4, 4)).toEqual({ ok: true, value: v4 });
  });

  it('runs every step from the saved version: the example saved by v1, v2 or v3 becomes the example of today', () => {
    // Only the proxies of the holdings that were not the target differ: version 3 started them empty.
    expect(migrate(json(exampleV1()), 1)).toEqual({ ok: true, value: exampleV2AsV4() });
    expect(migrate(json(exampleV2()), 2)).toEqual({ ok: true, value: exampleV2AsV4() });
    expect(migrate(json(D3), 3)).toEqual({ ok: true, value: D });
  });

  it.each([
    [99, MigrationMessages.newer],
    [5, MigrationMessages.newer],
    [0, MigrationMessages.unreadable],
    [-1, MigrationMessages.unreadable],
    [1.5, MigrationMessages.unreadable],
    [Number.NaN, MigrationMessages.unreadable],
  ])('version %d -> %s', (version, message) => {
    expect(migrate(json(DEFAULT_SCENARIO), version)).toEqual({ ok: false, message });
  });

  it('refuses prototype keys before any step runs', () => {
    const v1 = JSON.parse(`{"prefs":{"__proto__":{"view":"fx"}}}`) as unknown;
    expect(migrate(v1, 1)).toEqual({ ok: false, message: MigrationMessages.unreadable });
  });
});

describe('restoreScenario: migrate, then sanitize', () => {
  it('v1 -> the current scenario', () => {
    expect(restoreScenario(json(exampleV1()), 1)).toEqual({ ok: true, value: exampleV2AsV4(), warnings: [] });
  });

  it('a v1 scenario with a bad field is repaired with a warning', () => {
    const v1 = json(exampleV1()) as unknown as { prefs: Record<string, unknown> };
    v1.prefs.view = 'crypto';
    const r = restoreScenario(v1, 1);
    expect(r.ok && r.value.prefs.mode).toBe('stock');
    expect(r.ok && r.warnings).toEqual(['prefs.mode is not one of its choices; the default value is used.']);
  });

  it('a future version -> the default scenario and a clear message', () => {
    expect(restoreScenario(json(DEFAULT_SCENARIO), 99)).toEqual({ ok: false, message: MigrationMessages.newer, value: DEFAULT_SCENARIO });
  });

  it('not a scenario -> the default scenario and a message', () => {
    expect(restoreScenario('x', 2)).toEqual({ ok: false, message: MigrationMessages.unreadable, value: DEFAULT_SCENARIO });
    expect(restoreScenario(undefined, 1)).toEqual({ ok: false, message: MigrationMessages.unreadable, value: DEFAULT_SCENARIO });
  });
});

describe('v3 -> v4 step', () => {
  it('adds every version-4 field with the value that keeps the old meaning, and nothing is reported as repaired', () => {
    expect(migrateV3ToV4(json(D3))).toEqual(D);
    expect(restoreScenario(json(D3), 3)).toEqual({ ok: true, value: D, warnings: [] });
  });

  it("the home currency is the target holding's currency, and no FX rate is assumed", () => {
    const usd = { ...D3, portfolio: { ...D3.portfolio, holdings: D3.portfolio.holdings.map((h) => (h.id === D3.portfolio.targetId ? { ...h, currency: 'USD' } : h)) } };
    const out = migrateV3ToV4(json(usd)) as Scenario;
    expect(out.portfolio.homeCurrency).toBe('USD');
    expect(out.portfolio.fxRates).toEqual([]);
    const noTarget = { ...D3, portfolio: { ...D3.portfolio, targetId: 'nobody' } };
    expect((migrateV3ToV4(json(noTarget)) as Scenario).portfolio.homeCurrency).toBe('EUR');
  });

  it("the short holding's upper call strike keeps the example's 78 : 72 ratio to the typed call strike", () => {
    // 110 × 78 / 72 = 119.1666… -> 119.17 (a % of spot when strikes are typed as %).
    const out = migrateV3ToV4(json({ ...D3, stock: { ...D3.stock, callStrike: '110' } })) as Scenario;
    expect(out.stock.upperCallStrike).toBe('119.17');
    const typo = migrateV3ToV4(json({ ...D3, stock: { ...D3.stock, callStrike: '7x' } })) as Scenario;
    expect(typo.stock.upperCallStrike).toBe(D.stock.upperCallStrike);
  });

  it('keeps what is there, and passes garbage through for sanitize to judge', () => {
    const typed = migrateV3ToV4(json({ ...D3, stock: { ...D3.stock, putBid: '1.10' } })) as Scenario;
    expect(typed.stock.putBid).toBe('1.10');
    for (const junk of [null, 3, 'x', [], { stock: 'x' }]) expect(() => migrateV3ToV4(junk)).not.toThrow();
    expect(migrateV3ToV4({ stock: 'x' })).toMatchObject({ stock: 'x' });
  });
});
