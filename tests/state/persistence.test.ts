import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { classifyStorageError, readSavedText } from '../../src/state/persistence';
import { DEFAULT_SCENARIO } from '../../src/state/presets';
import { createSaveState } from '../../src/state/save-state';
import { createScenarioStore, selectScenario, STORAGE_KEY } from '../../src/state/store';
import { scenarioArb } from './scenario-arb';

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

// The DOMException names of the Web Storage spec (HTML §12.2: setItem throws "QuotaExceededError";
// a document whose origin may not use storage throws "SecurityError" on access).
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const security = () => new DOMException('The operation is insecure.', 'SecurityError');

describe('saving: any typed text survives a reload (property)', () => {
  it('a scenario of arbitrary strings is saved and reopened exactly', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const storage = memoryStorage();
        const a = createScenarioStore({ storage });
        a.getState().loadScenario(s);
        const b = createScenarioStore({ storage });
        expect(selectScenario(b.getState())).toEqual(s);
        expect(b.getState().notice).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});

describe('saving: storage full or blocked', () => {
  it.each([
    ['QuotaExceededError', quota(), 'full'],
    ['Firefox quota name', Object.assign(new Error('x'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), 'full'],
    ['legacy quota code 22', { name: 'Error', code: 22 }, 'full'],
    ['SecurityError', security(), 'blocked'],
    ['anything else', new TypeError('x'), 'blocked'],
  ])('%s -> %s', (_label, error, problem) => {
    expect(classifyStorageError(error)).toBe(problem);
  });

  it('a full storage is reported once the write fails, and cleared when a write works again', () => {
    let full = true;
    const storage = memoryStorage();
    const save = createSaveState();
    const store = createScenarioStore({ storage: { ...storage, setItem: (k, v) => { if (full) throw quota(); storage.setItem(k, v); } }, hooks: save.hooks });
    const seen: (string | null)[] = [];
    save.store.subscribe((s, before) => s.problem !== before.problem && seen.push(s.problem));
    store.getState().setField('stock', 'rate', '4');
    store.getState().setField('stock', 'rate', '5');
    expect(save.store.getState().problem).toBe('full');
    expect(store.getState().stock.rate).toBe('5');
    full = false;
    store.getState().setField('stock', 'rate', '6');
    expect(seen).toEqual(['full', null]);
    expect(storage.data.get(STORAGE_KEY)).toContain('"rate":"6"');
  });

  it('a storage that refuses access is reported as blocked; the page keeps working', () => {
    const save = createSaveState();
    const fail = () => { throw security(); };
    const store = createScenarioStore({ storage: { getItem: fail, setItem: fail, removeItem: fail }, hooks: save.hooks });
    expect(save.store.getState().problem).toBe('blocked');
    store.getState().setField('fx', 'spot', '0.9');
    expect(store.getState().fx.spot).toBe('0.9');
    expect(selectScenario(store.getState()).stock).toEqual(DEFAULT_SCENARIO.stock);
  });

  it('a blocked storage found when the page opens is known before any write', () => {
    expect(createSaveState('blocked').store.getState().problem).toBe('blocked');
  });
});

describe('readSavedText: another tab’s write', () => {
  it('reads a current envelope', () => {
    const text = JSON.stringify({ state: { scenario: DEFAULT_SCENARIO }, version: 3 });
    expect(readSavedText(text)).toEqual({ ok: true, value: DEFAULT_SCENARIO, warnings: [] });
  });

  it.each(['', '{', 'null', '[]', '{"state":1,"version":3}', '{"state":{"scenario":{"__proto__":{}}},"version":3}', JSON.stringify({ state: { scenario: DEFAULT_SCENARIO }, version: 9 })])(
    '%j is refused, not thrown',
    (text) => {
      expect(readSavedText(text).ok).toBe(false);
    },
  );
});
