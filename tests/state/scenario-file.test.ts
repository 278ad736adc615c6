import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSION, PROXY_KEYS } from '../../src/state/migrations';
import { DEFAULT_SCENARIO, PRESETS } from '../../src/state/presets';
import { exportScenarioFile, FileMessages, importScenarioFile, MAX_FILE_LENGTH, scenarioFileName } from '../../src/state/scenario-file';
import { scenarioArb } from './scenario-arb';

const file = (scenario: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ app: 'microhedge', kind: 'scenario', version: CURRENT_VERSION, scenario, ...extra });

describe('scenario files', () => {
  it('export -> import gives the same scenario back, for any typed text (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        expect(importScenarioFile(exportScenarioFile(s))).toEqual({ ok: true, value: s });
      }),
      { numRuns: 100 },
    );
  });

  it('names the file by the local date', () => {
    expect(scenarioFileName(new Date(2026, 11, 1, 9, 5))).toBe('microhedge-2026-12-01.json');
  });

  it('a file of an older version is migrated', () => {
    // The bakery as version 2 saved it: one proxy in `stock` (the target's), strikes as prices,
    // expiry = horizon, a commodity rate, and no risk choices in the portfolio.
    const v3 = PRESETS.bakery.scenario;
    const { riskHorizon: _h, mcPaths: _p, mcModel: _m, nearestCorrelation: _n, holdings, ...portfolio } = v3.portfolio;
    const target = holdings.find((h) => h.id === v3.portfolio.targetId)!;
    const proxy = Object.fromEntries(PROXY_KEYS.map((k) => [k, target[k]]));
    const plainHolding = (h: (typeof holdings)[number]) => Object.fromEntries(Object.entries(h).filter(([k]) => !(PROXY_KEYS as readonly string[]).includes(k)));
    const { strikeMode: _s, expiryDays: _e, ...stock } = v3.stock;
    const v2 = { ...v3, portfolio: { ...portfolio, holdings: holdings.map(plainHolding) }, stock: { ...stock, ...proxy }, commodity: { ...v3.commodity, rate: '3' } };
    const empty = Object.fromEntries(PROXY_KEYS.map((k) => [k, '']));
    const expected = {
      ...v3,
      portfolio: { ...v3.portfolio, holdings: holdings.map((h) => (h.id === target.id ? h : { ...h, ...empty })) },
      stock: { ...v3.stock, strikeMode: 'price', expiryDays: v3.stock.tenorDays },
    };
    expect(importScenarioFile(file(v2, { version: 2 }))).toEqual({ ok: true, value: expected });
  });

  const hostile: [string, unknown, string][] = [
    ['not text', 42, FileMessages.notScenario],
    ['empty', '', FileMessages.notJson],
    ['HTML', '<html><script>alert(1)</script></html>', FileMessages.notJson],
    ['JavaScript', 'alert(document.cookie)', FileMessages.notJson],
    ['too large', ' '.repeat(MAX_FILE_LENGTH + 1), FileMessages.tooLarge],
    ['a bare scenario, no envelope', JSON.stringify(DEFAULT_SCENARIO), FileMessages.notScenario],
    ['another app', JSON.stringify({ app: 'other', kind: 'scenario', version: 3, scenario: DEFAULT_SCENARIO }), FileMessages.notScenario],
    ['a version as text', file(DEFAULT_SCENARIO, { version: '3' }), FileMessages.notScenario],
    ['version 0', file(DEFAULT_SCENARIO, { version: 0 }), FileMessages.notScenario],
    ['a newer version', file(DEFAULT_SCENARIO, { version: CURRENT_VERSION + 1 }), FileMessages.newer],
    ['a __proto__ key', `{"app":"microhedge","kind":"scenario","version":3,"scenario":{"__proto__":{"polluted":true}}}`, FileMessages.notScenario],
    ['a constructor key deep inside', file({ ...DEFAULT_SCENARIO, stock: JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown }), FileMessages.notScenario],
    ['deep nesting', `{"app":"microhedge","kind":"scenario","version":3,"scenario":{"stock":${'['.repeat(5000)}${']'.repeat(5000)}}}`, FileMessages.notScenario],
    ['a number where text belongs', file({ ...DEFAULT_SCENARIO, fx: { ...DEFAULT_SCENARIO.fx, amount: 5 } }), FileMessages.damaged(['fx.amount'])],
    ['a field too long', file({ ...DEFAULT_SCENARIO, fx: { ...DEFAULT_SCENARIO.fx, amount: 'x'.repeat(65) } }), FileMessages.damaged(['fx.amount'])],
    ['a missing slice', file({ ...DEFAULT_SCENARIO, rate: undefined }), FileMessages.damaged(['rate'])],
  ];
  it.each(hostile)('%s is refused with a reason', (_label, text, message) => {
    expect(importScenarioFile(text)).toEqual({ ok: false, message });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('arbitrary text never throws and is refused (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(importScenarioFile(text).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
