import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import { MAX_COMBINED_LEGS, sanitizeScenario } from '../../src/state/sanitize';
import { decodeScenario, encodeScenario } from '../../src/state/share-link';
import { createScenarioStore } from '../../src/state/store';

const withLegs = (combined: unknown) => ({ ...DEFAULT_SCENARIO, prefs: { ...DEFAULT_SCENARIO.prefs, combined } });

describe('prefs.combined: the hedges of the combined hedge', () => {
  it('defaults to none, and a scenario saved without it reads as none, without a warning', () => {
    expect(DEFAULT_SCENARIO.prefs.combined).toEqual([]);
    const { combined: _c, ...prefs } = DEFAULT_SCENARIO.prefs;
    const r = sanitizeScenario({ ...DEFAULT_SCENARIO, prefs });
    expect(r.ok && r.value.prefs.combined).toEqual([]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('round-trips through a share link', () => {
    const s = withLegs([{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }]);
    const back = decodeScenario(encodeScenario(s as typeof DEFAULT_SCENARIO));
    expect(back.ok && back.value.prefs.combined).toEqual([{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }]);
  });

  it.each([
    ['an unknown mode', [{ mode: 'crypto', kind: 'protective-put' }], 'prefs.combined[0].mode'],
    ['markup as a kind', [{ mode: 'stock', kind: '<img src=x onerror=alert(1)>' }], 'prefs.combined[0].kind'],
    ['a number as a kind', [{ mode: 'fx', kind: 7 }], 'prefs.combined[0].kind'],
    ['not a list', { mode: 'stock', kind: 'collar' }, 'prefs.combined'],
    ['too many legs', Array.from({ length: MAX_COMBINED_LEGS + 1 }, () => ({ mode: 'stock', kind: 'collar' })), 'prefs.combined'],
  ])('%s is refused with a warning naming the field', (_what, combined, path) => {
    const r = sanitizeScenario(withLegs(combined));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.startsWith(`${path} `))).toBe(true);
    for (const leg of r.value.prefs.combined) {
      expect(['stock', 'commodity', 'fx', 'rate']).toContain(leg.mode);
      expect(leg.kind).toMatch(/^[a-z][a-z0-9-]{0,31}$/);
    }
    expect(r.value.prefs.combined.length).toBeLessThanOrEqual(MAX_COMBINED_LEGS);
  });

  it('extra keys on a leg are dropped', () => {
    const r = sanitizeScenario(withLegs([{ mode: 'rate', kind: 'rate-swap', evil: 'x' }]));
    expect(r.ok && r.value.prefs.combined).toEqual([{ mode: 'rate', kind: 'rate-swap' }]);
  });
});

describe('toggleCombinedLeg', () => {
  it('adds a hedge, removes it when toggled again, keeps the order of the others', () => {
    const store = createScenarioStore();
    const { toggleCombinedLeg } = store.getState();
    toggleCombinedLeg('stock', 'protective-put');
    toggleCombinedLeg('rate', 'rate-swap');
    toggleCombinedLeg('fx', 'fx-forward');
    expect(store.getState().prefs.combined).toEqual([{ mode: 'stock', kind: 'protective-put' }, { mode: 'rate', kind: 'rate-swap' }, { mode: 'fx', kind: 'fx-forward' }]);
    toggleCombinedLeg('rate', 'rate-swap');
    expect(store.getState().prefs.combined).toEqual([{ mode: 'stock', kind: 'protective-put' }, { mode: 'fx', kind: 'fx-forward' }]);
  });

  it('refuses bad values and stops at the cap', () => {
    const store = createScenarioStore();
    const { toggleCombinedLeg } = store.getState();
    toggleCombinedLeg('crypto' as 'fx', 'fx-forward');
    toggleCombinedLeg('fx', '<b>');
    expect(store.getState().prefs.combined).toEqual([]);
    for (let i = 0; i < MAX_COMBINED_LEGS + 3; i++) toggleCombinedLeg('stock', `kind-${i}`);
    expect(store.getState().prefs.combined).toHaveLength(MAX_COMBINED_LEGS);
  });
});
