import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, MigrationMessages, migrate, migrateV1ToV2, migrateV2ToV3, restoreScenario } from '../../src/state/migrations';
import type { ScenarioV1 } from '../../src/state/migrations';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import type { Scenario } from '../../src/state/scenario';

/** The worked example as version 1 saved it: vol as a fraction, `view` for `mode`, no indexVol. */
function exampleV1(): ScenarioV1 {
  const { holdings, targetId, correlation } = DEFAULT_SCENARIO.portfolio;
  const { mode, ...prefs } = DEFAULT_SCENARIO.prefs;
  return {
    ...DEFAULT_SCENARIO,
    portfolio: { holdings: holdings.map((h) => ({ ...h, vol: String(Number(h.vol) / 100) })), targetId, correlation },
    prefs: { ...prefs, view: mode },
  };
}

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The worked example as version 2 saved it: no risk horizon, paths or price model in the portfolio. */
function exampleV2(): unknown {
  const { riskHorizon: _h, mcPaths: _p, mcModel: _m, nearestCorrelation: _n, ...portfolio } = DEFAULT_SCENARIO.portfolio;
  return json({ ...DEFAULT_SCENARIO, portfolio });
}

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
  it('adds the risk choices version 2 always used: 10 trading days, 100,000 paths, lognormal', () => {
    expect(migrateV2ToV3(exampleV2())).toEqual(DEFAULT_SCENARIO);
    const v2 = exampleV2() as { portfolio: Record<string, unknown> };
    v2.portfolio.correlation = '0.7';
    expect((migrateV2ToV3(v2) as Scenario).portfolio).toMatchObject({ correlation: '0.7', riskHorizon: '10', mcPaths: '100000', mcModel: 'lognormal' });
  });

  it('is pure and passes garbage through', () => {
    const v2 = exampleV2();
    const before = JSON.stringify(v2);
    migrateV2ToV3(v2);
    expect(JSON.stringify(v2)).toBe(before);
    for (const g of [null, 42, 'x', [], { portfolio: 'x' }]) expect(migrateV2ToV3(g)).toBe(g);
  });
});

describe('migrate', () => {
  it('current version is 3, and data of the current version passes through', () => {
    expect(CURRENT_VERSION).toBe(3);
    const v3 = json(DEFAULT_SCENARIO);
    expect(migrate(v3, 3)).toEqual({ ok: true, value: v3 });
    expect(migrate(exampleV2(), 2)).toEqual({ ok: true, value: DEFAULT_SCENARIO });
  });

  it('runs the v1 step for v1 data', () => {
    expect(migrate(json(exampleV1()), 1)).toEqual({ ok: true, value: DEFAULT_SCENARIO });
  });

  it.each([
    [99, MigrationMessages.newer],
    [4, MigrationMessages.newer],
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
    expect(restoreScenario(json(exampleV1()), 1)).toEqual({ ok: true, value: DEFAULT_SCENARIO, warnings: [] });
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
