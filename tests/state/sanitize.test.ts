import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, PRESETS } from '../../src/state/presets';
import { MAX_HOLDINGS, findUnsafeStructure, sanitizeScenario } from '../../src/state/sanitize';
import type { Scenario } from '../../src/state/scenario';

/** A deep, JSON-only copy: what storage or a link would hand back. */
const fromJson = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;

function sanitized(raw: unknown): { value: Scenario; warnings: string[] } {
  const r = sanitizeScenario(raw);
  if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
  return r;
}

describe('sanitizeScenario: valid input', () => {
  it.each(Object.entries(PRESETS))('preset %s passes unchanged, without warnings', (_name, preset) => {
    const r = sanitized(fromJson(preset.scenario));
    expect(r.value).toEqual(preset.scenario);
    expect(r.warnings).toEqual([]);
  });

  it('builds fresh objects: nothing in the result is the raw input', () => {
    const raw = fromJson(DEFAULT_SCENARIO);
    const { value } = sanitized(raw);
    expect(value.stock).not.toBe(raw.stock);
    expect(value.portfolio.holdings[0]).not.toBe((raw.portfolio as { holdings: unknown[] }).holdings[0]);
  });

  it('drops unknown keys', () => {
    const raw = fromJson(DEFAULT_SCENARIO);
    (raw.stock as Record<string, unknown>).evil = 'x';
    raw.extra = { a: 1 };
    const { value, warnings } = sanitized(raw);
    expect(Object.keys(value)).toEqual(Object.keys(DEFAULT_SCENARIO));
    expect('evil' in value.stock).toBe(false);
    expect(warnings).toEqual([]);
  });

  // React renders text, never markup: no character is dangerous, so none is refused or altered.
  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['entities and quotes', `&amp; "a" 'b' \\ /`],
    ['emoji and joiners', '👩‍👩‍👧 🇪🇺 1️⃣'],
    ['right-to-left text and marks', 'שלום \u202eabc\u202c مرحبا\u200f'],
    ['controls and a NUL', '180\u0000,000\u0007\t'],
    ['lone surrogates', '\ud800x\udfff'],
    ['64 UTF-16 units exactly', '😀'.repeat(32)],
  ])('keeps %s exactly', (_label, typed) => {
    const raw = fromJson(DEFAULT_SCENARIO);
    (raw.fx as Record<string, unknown>).amount = typed;
    (raw.stock as Record<string, unknown>).indexName = typed;
    const { value, warnings } = sanitized(raw);
    expect(value.fx.amount).toBe(typed);
    expect(value.stock.indexName).toBe(typed);
    expect(warnings).toEqual([]);
  });

  it('keeps invalid numbers as typed: text is only checked as text here', () => {
    const raw = fromJson(DEFAULT_SCENARIO);
    (raw.stock as Record<string, unknown>).rate = '1,2x';
    expect(sanitized(raw).value.stock.rate).toBe('1,2x');
  });
});

describe('sanitizeScenario: repairs with a warning naming the field', () => {
  it('a missing slice takes the default', () => {
    const raw = fromJson(DEFAULT_SCENARIO);
    delete raw.fx;
    const { value, warnings } = sanitized(raw);
    expect(value.fx).toEqual(DEFAULT_SCENARIO.fx);
    expect(warnings).toEqual(['fx is missing; the default value is used.']);
  });

  it('a missing field takes the default', () => {
    const raw = fromJson(DEFAULT_SCENARIO);
    delete (raw.portfolio as Record<string, unknown>).indexVol;
    const { value, warnings } = sanitized(raw);
    expect(value.portfolio.indexVol).toBe(DEFAULT_SCENARIO.portfolio.indexVol);
    expect(warnings).toEqual(['portfolio.indexVol is missing; the default value is used.']);
  });

  it.each([
    ['stock', 'rate', 3, 'stock.rate is not text'],
    ['stock', 'rate', 'x'.repeat(65), 'stock.rate is longer than 64 characters'],
    ['stock', 'indexName', '😀'.repeat(33), 'stock.indexName is longer than 64 characters'],
    ['portfolio', 'riskHorizon', '5', 'portfolio.riskHorizon is not one of its choices'],
    ['portfolio', 'mcPaths', 100000, 'portfolio.mcPaths is not one of its choices'],
    ['stock', 'exercise', 'bermudan', 'stock.exercise is not one of its choices'],
    ['stock', 'zeroCostCollar', 'yes', 'stock.zeroCostCollar is not true or false'],
    ['commodity', 'side', 'seller', 'commodity.side is not one of its choices'],
    ['fx', 'compounding', null, 'fx.compounding is not one of its choices'],
    ['prefs', 'mode', 'crypto', 'prefs.mode is not one of its choices'],
    ['prefs', 'selectedHedge', 'Put Option!', 'prefs.selectedHedge is not a valid choice'],
    ['prefs', 'showPortfolio', 1, 'prefs.showPortfolio is not true or false'],
  ])('%s.%s = %j -> default', (slice, field, bad, warning) => {
    const raw = fromJson(DEFAULT_SCENARIO);
    (raw[slice] as Record<string, unknown>)[field] = bad;
    const { value, warnings } = sanitized(raw);
    expect((value as unknown as Record<string, Record<string, unknown>>)[slice]![field]).toEqual(
      (DEFAULT_SCENARIO as unknown as Record<string, Record<string, unknown>>)[slice]![field],
    );
    expect(warnings).toEqual([`${warning}; the default value is used.`]);
  });

  it('a slice of the wrong type takes the default', () => {
    const { value, warnings } = sanitized({ ...fromJson(DEFAULT_SCENARIO), portfolio: 'x', rate: [1, 2] });
    expect(value.portfolio).toEqual(DEFAULT_SCENARIO.portfolio);
    expect(value.rate).toEqual(DEFAULT_SCENARIO.rate);
    expect(warnings).toHaveLength(2);
  });

  it('an empty object becomes the worked example, with a warning per slice (an absent list of followed hedges is simply empty)', () => {
    const { value, warnings } = sanitized({});
    expect(value).toEqual(DEFAULT_SCENARIO);
    expect(warnings).toHaveLength(Object.keys(DEFAULT_SCENARIO).length - 1);
    expect(warnings.some((w) => w.startsWith('tracking'))).toBe(false);
  });
});

describe('sanitizeScenario: holdings', () => {
  const withHoldings = (holdings: unknown, targetId: unknown = 'a') => {
    const raw = fromJson(DEFAULT_SCENARIO);
    raw.portfolio = { ...(raw.portfolio as object), holdings, targetId };
    return raw;
  };
  const holding = (id: unknown) => ({ ...DEFAULT_SCENARIO.portfolio.holdings[0], id });

  it('keeps valid holdings and their target', () => {
    const { value, warnings } = sanitized(withHoldings([holding('a'), holding('b_2-X')], 'b_2-X'));
    expect(value.portfolio.holdings.map((h) => h.id)).toEqual(['a', 'b_2-X']);
    expect(value.portfolio.targetId).toBe('b_2-X');
    expect(warnings).toEqual([]);
  });

  it.each([
    ['an empty list', []],
    ['not a list', { a: holding('a') }],
    ['too many', Array.from({ length: MAX_HOLDINGS + 1 }, (_, i) => holding(`h${i}`))],
    ['duplicate ids', [holding('a'), holding('a')]],
    ['a bad id', [holding('a b')]],
    ['an id too long', [holding('x'.repeat(33))]],
    ['a numeric id', [holding(1)]],
    ['a non-object holding', [holding('a'), 'b']],
  ])('%s -> the default holdings, with a warning', (_label, holdings) => {
    const { value, warnings } = sanitized(withHoldings(holdings));
    expect(value.portfolio.holdings).toEqual(DEFAULT_SCENARIO.portfolio.holdings);
    expect(value.portfolio.holdings.some((h) => h.id === value.portfolio.targetId)).toBe(true);
    expect(warnings[0]).toMatch(/^portfolio\.holdings /);
  });

  it('accepts exactly 50 holdings', () => {
    const { value, warnings } = sanitized(withHoldings(Array.from({ length: 50 }, (_, i) => holding(`h${i}`)), 'h49'));
    expect(value.portfolio.holdings).toHaveLength(50);
    expect(warnings).toEqual([]);
  });

  it('a target that names no holding moves to the first holding', () => {
    const { value, warnings } = sanitized(withHoldings([holding('a'), holding('b')], 'zzz'));
    expect(value.portfolio.targetId).toBe('a');
    expect(warnings).toEqual(['portfolio.targetId does not name a holding; the default value is used.']);
  });

  it('a missing holding field takes the empty-holding value', () => {
    const partial: Record<string, unknown> = { ...holding('a') };
    delete partial.beta;
    const { value, warnings } = sanitized(withHoldings([partial]));
    expect(value.portfolio.holdings[0]!.beta).toBe('');
    expect(warnings).toEqual(['portfolio.holdings[0].beta is missing; the default value is used.']);
  });
});

describe('sanitizeScenario: refused outright', () => {
  it.each([null, undefined, 42, 'scenario', [], [DEFAULT_SCENARIO], new Date()])('%j is not a scenario', (raw) => {
    expect(sanitizeScenario(raw).ok).toBe(false);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('a %s key anywhere refuses the input', (key) => {
    const top = JSON.parse(`{"${key}": {"polluted": true}, "stock": {}}`) as unknown;
    expect(sanitizeScenario(top)).toEqual({ ok: false, message: 'The data contains a forbidden key.' });
    const deep = fromJson(DEFAULT_SCENARIO);
    (deep.portfolio as { holdings: unknown[] }).holdings[0] = JSON.parse(`{"id":"a","${key}":{"x":1}}`);
    expect(sanitizeScenario(deep).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('deep nesting and huge data are refused without walking all of it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(sanitizeScenario({ stock: deep })).toEqual({ ok: false, message: 'The data is nested too deeply.' });
    expect(sanitizeScenario({ stock: Array.from({ length: 10_000 }, () => ({})) })).toEqual({ ok: false, message: 'The data is too large.' });
  });

  it('a throwing getter is refused, not thrown', () => {
    const raw = { ...fromJson(DEFAULT_SCENARIO) };
    Object.defineProperty(raw, 'stock', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(sanitizeScenario(raw).ok).toBe(false);
  });

  it('findUnsafeStructure passes the worked example', () => {
    expect(findUnsafeStructure(fromJson(DEFAULT_SCENARIO))).toBeNull();
  });
});
