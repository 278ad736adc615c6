import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { CURRENT_VERSION, MigrationMessages } from '../../src/state/migrations';
import { createSaveState } from '../../src/state/save-state';
import { DEFAULT_SCENARIO, PRESETS } from '../../src/state/presets';
import { MAX_HOLDINGS } from '../../src/state/sanitize';
import type { Scenario, SliceName } from '../../src/state/scenario';
import {
  STORAGE_KEY,
  StoreMessages,
  createScenarioStore,
  selectScenario,
  useScenarioStore,
} from '../../src/state/store';

/** An in-memory Storage, as the app's window.localStorage would behave. */
function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (name) => data.get(name) ?? null,
    setItem: (name, value) => void data.set(name, value),
    removeItem: (name) => void data.delete(name),
  };
}

const saved = (storage: { data: Map<string, string> }) => JSON.parse(storage.data.get(STORAGE_KEY)!) as { state: Record<string, unknown>; version: number };
const scenarioOf = (store: ReturnType<typeof createScenarioStore>) => selectScenario(store.getState());

describe('hedge slices: setField', () => {
  it('stores the raw text exactly as typed', () => {
    const store = createScenarioStore();
    for (const typed of ['1,2x', '  3 ', '', '−5 %', '1e308']) {
      store.getState().setField('stock', 'rate', typed);
      expect(store.getState().stock.rate).toBe(typed);
    }
  });

  it.each<[SliceName, string, string | boolean]>([
    ['stock', 'exercise', 'european'],
    ['stock', 'zeroCostCollar', false],
    ['commodity', 'side', 'holder'],
    ['commodity', 'tailing', true],
    ['fx', 'compounding', 'simple'],
    ['fx', 'amount', '250,000'],
    ['rate', 'principal', '2,000,000'],
  ])('%s.%s = %j', (slice, field, value) => {
    const store = createScenarioStore();
    store.getState().setField(slice, field, value);
    expect((store.getState()[slice] as unknown as Record<string, unknown>)[field]).toBe(value);
  });

  it.each<[string, string, unknown]>([
    ['stock', 'notAField', 'x'],
    ['stock', '__proto__', 'x'],
    ['stock', 'exercise', 'bermudan'],
    ['stock', 'rate', true],
    ['stock', 'zeroCostCollar', 'true'],
    ['prefs', 'mode', 'fx'], // prefs is not a hedge slice
    ['portfolio', 'targetId', 'h2'],
    ['nope', 'x', 'y'],
  ])('ignores %s.%s = %j', (slice, field, value) => {
    const store = createScenarioStore();
    const before = store.getState();
    store.getState().setField(slice as SliceName, field, value as string);
    expect(store.getState()).toBe(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps the other slices (and the slice objects) untouched', () => {
    const store = createScenarioStore();
    const { fx, portfolio } = store.getState();
    store.getState().setField('stock', 'putStrike', '55');
    expect(store.getState().fx).toBe(fx);
    expect(store.getState().portfolio).toBe(portfolio);
    expect(DEFAULT_SCENARIO.stock.putStrike).toBe('56');
  });
});

describe('portfolio slice', () => {
  it('setHolding changes one field of one holding, as typed', () => {
    const store = createScenarioStore();
    store.getState().setHolding('h2', 'quantity', '1,2x');
    store.getState().setHolding('h2', 'name', 'Renamed');
    const h2 = store.getState().portfolio.holdings.find((h) => h.id === 'h2')!;
    expect(h2).toEqual({ ...DEFAULT_SCENARIO.portfolio.holdings[1], quantity: '1,2x', name: 'Renamed' });
  });

  it('setHolding ignores an unknown holding, an unknown field and the id', () => {
    const store = createScenarioStore();
    const before = store.getState().portfolio;
    store.getState().setHolding('nope', 'name', 'x');
    store.getState().setHolding('h1', 'id' as 'name', 'h9');
    store.getState().setHolding('h1', 'bogus' as 'name', 'x');
    expect(store.getState().portfolio).toBe(before);
  });

  it('setPortfolioField sets correlation and indexVol only', () => {
    const store = createScenarioStore();
    store.getState().setPortfolioField('correlation', '0,5');
    store.getState().setPortfolioField('indexVol', '20');
    store.getState().setPortfolioField('targetId' as 'indexVol', 'h3');
    expect(store.getState().portfolio).toMatchObject({ correlation: '0,5', indexVol: '20', targetId: 'h1' });
  });

  it('addHolding adds an empty holding with a new id, in the target currency', () => {
    const store = createScenarioStore();
    store.getState().addHolding();
    store.getState().addHolding();
    const holdings = store.getState().portfolio.holdings;
    expect(holdings.map((h) => h.id)).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7']);
    expect(holdings[5]).toEqual({
      id: 'h6', name: '', quantity: '', price: '', currency: 'EUR', vol: '', dividendYield: '0', beta: '',
      proxyName: '', proxyPrice: '', proxyVol: '', proxyCorrelation: '', proxyContractSize: '', proxyMargin: '',
    });
  });

  it('addHolding skips ids in use and stops at the maximum', () => {
    const store = createScenarioStore({
      initial: { ...DEFAULT_SCENARIO, portfolio: { ...DEFAULT_SCENARIO.portfolio, holdings: [{ ...DEFAULT_SCENARIO.portfolio.holdings[0]!, id: 'h1' }, { ...DEFAULT_SCENARIO.portfolio.holdings[0]!, id: 'x' }], targetId: 'x' } },
    });
    for (let i = 0; i < MAX_HOLDINGS + 5; i++) store.getState().addHolding();
    const ids = store.getState().portfolio.holdings.map((h) => h.id);
    expect(ids).toHaveLength(MAX_HOLDINGS);
    expect(new Set(ids).size).toBe(MAX_HOLDINGS);
    expect(ids[2]).toBe('h2');
  });

  it('removeHolding: the target moves to the first holding; the last one stays', () => {
    const store = createScenarioStore();
    store.getState().setTarget('h3');
    store.getState().removeHolding('h1');
    expect(store.getState().portfolio.targetId).toBe('h3');
    store.getState().removeHolding('h3');
    expect(store.getState().portfolio.targetId).toBe('h2');
    for (const id of ['h2', 'h4', 'h5']) store.getState().removeHolding(id);
    expect(store.getState().portfolio.holdings.map((h) => h.id)).toEqual(['h5']);
    expect(store.getState().portfolio.targetId).toBe('h5');
    store.getState().removeHolding('nope');
    expect(store.getState().portfolio.holdings).toHaveLength(1);
  });

  it('setTarget only to an existing holding', () => {
    const store = createScenarioStore();
    store.getState().setTarget('h4');
    expect(store.getState().portfolio.targetId).toBe('h4');
    store.getState().setTarget('nope');
    expect(store.getState().portfolio.targetId).toBe('h4');
  });
});

describe('prefs slice', () => {
  it('setMode, selectHedge, setShowPortfolio', () => {
    const store = createScenarioStore();
    store.getState().setMode('fx');
    store.getState().selectHedge('fx-option');
    store.getState().setShowPortfolio(true);
    expect(store.getState().prefs).toEqual({ mode: 'fx', selectedHedge: 'fx-option', showPortfolio: true, combined: [] });
  });

  it('refuses values outside the choices', () => {
    const store = createScenarioStore();
    store.getState().setMode('crypto' as 'fx');
    store.getState().selectHedge('<b>');
    store.getState().setShowPortfolio('yes' as unknown as boolean);
    expect(store.getState().prefs).toEqual(DEFAULT_SCENARIO.prefs);
  });
});

describe('session slice', () => {
  it('loadPreset, loadScenario, resetToExample', () => {
    const store = createScenarioStore();
    store.getState().loadPreset('borrower');
    expect(scenarioOf(store)).toEqual(PRESETS.borrower.scenario);
    store.getState().loadPreset('nope' as 'bakery');
    expect(scenarioOf(store)).toEqual(PRESETS.borrower.scenario);
    const custom: Scenario = { ...DEFAULT_SCENARIO, fx: { ...DEFAULT_SCENARIO.fx, amount: '1' } };
    store.getState().loadScenario(custom);
    expect(scenarioOf(store)).toEqual(custom);
    store.getState().resetToExample();
    expect(scenarioOf(store)).toEqual(DEFAULT_SCENARIO);
  });

  it('setNotice and dismissNotice', () => {
    const store = createScenarioStore();
    expect(store.getState().notice).toBeNull();
    store.getState().setNotice('Hello.');
    expect(store.getState().notice).toBe('Hello.');
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });

  it('starts from `initial` when given', () => {
    expect(scenarioOf(createScenarioStore({ initial: PRESETS.importer.scenario }))).toEqual(PRESETS.importer.scenario);
  });
});

describe('selectScenario', () => {
  it('returns the same object across unrelated updates, a new one when an input changes', () => {
    const store = createScenarioStore();
    const first = selectScenario(store.getState());
    store.getState().setNotice('x');
    store.getState().setField('stock', 'rate', DEFAULT_SCENARIO.stock.rate); // same value: no change
    store.getState().setTarget('h1');
    expect(selectScenario(store.getState())).toBe(first);
    store.getState().setField('fx', 'spot', '0.93');
    const second = selectScenario(store.getState());
    expect(second).not.toBe(first);
    expect(second.fx.spot).toBe('0.93');
    expect(second.stock).toBe(first.stock);
    expect(selectScenario(store.getState())).toBe(second);
  });

  it('holds only the scenario slices', () => {
    expect(Object.keys(selectScenario(createScenarioStore().getState()))).toEqual(Object.keys(DEFAULT_SCENARIO));
  });
});

describe('persistence', () => {
  it("saves { state: { scenario }, version: 3 } under 'microhedge:scenario', without notice or actions", () => {
    const storage = memoryStorage();
    const store = createScenarioStore({ storage });
    store.getState().setField('stock', 'rate', '1,2x');
    store.getState().setNotice('not saved');
    const { state, version } = saved(storage);
    expect(version).toBe(CURRENT_VERSION);
    expect(Object.keys(state)).toEqual(['scenario']);
    expect((state.scenario as Scenario).stock.rate).toBe('1,2x');
  });

  it('round trip: a new store on the same storage reopens what was typed', () => {
    const storage = memoryStorage();
    const a = createScenarioStore({ storage });
    a.getState().loadPreset('bakery');
    a.getState().setField('commodity', 'quantity', '4 0');
    a.getState().addHolding();
    a.getState().setHolding('h6', 'name', 'Cash');
    const b = createScenarioStore({ storage });
    expect(scenarioOf(b)).toEqual(scenarioOf(a));
    expect(b.getState().notice).toBeNull();
  });

  it('a v1 payload is migrated, kept, and saved back as the current version', () => {
    const v1 = {
      ...DEFAULT_SCENARIO,
      portfolio: { holdings: [{ ...DEFAULT_SCENARIO.portfolio.holdings[0]!, vol: '0.5' }], targetId: 'h1', correlation: '0.2' },
      prefs: { view: 'fx', selectedHedge: 'fx-forward', showPortfolio: true },
    };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: { scenario: v1 }, version: 1 }) });
    const store = createScenarioStore({ storage });
    const s = scenarioOf(store);
    // The v1 stock slice had no proxy inputs (they came with v2 in `stock`, and moved to the holdings in v3).
    const noProxy = { proxyName: '', proxyPrice: '', proxyVol: '', proxyCorrelation: '', proxyContractSize: '', proxyMargin: '' };
    expect(s.portfolio).toEqual({
      holdings: [{ ...DEFAULT_SCENARIO.portfolio.holdings[0], vol: '50', ...noProxy }], targetId: 'h1', correlation: '0.2', indexVol: '18',
      riskHorizon: '10', mcPaths: '100000', mcModel: 'lognormal', nearestCorrelation: false, homeCurrency: 'EUR', fxRates: [],
    });
    expect(s.prefs).toEqual({ mode: 'fx', selectedHedge: 'fx-forward', showPortfolio: true, combined: [] });
    expect(store.getState().notice).toBeNull();
    expect(saved(storage).version).toBe(CURRENT_VERSION);
    expect(saved(storage).state.scenario).toEqual(s);
  });

  it.each<[string, string, string]>([
    ['not JSON', '{not json', MigrationMessages.unreadable],
    ['JSON, not an envelope', '"hello"', MigrationMessages.unreadable],
    ['JSON array', '[1,2]', MigrationMessages.unreadable],
    ['no version', JSON.stringify({ state: { scenario: DEFAULT_SCENARIO } }), MigrationMessages.unreadable],
    ['state not an object', '{"state":"x","version":2}', MigrationMessages.unreadable],
    ['no scenario', '{"state":{},"version":2}', MigrationMessages.unreadable],
    ['version 0', JSON.stringify({ state: { scenario: DEFAULT_SCENARIO }, version: 0 }), MigrationMessages.unreadable],
    ['a prototype key', '{"state":{"scenario":{"__proto__":{"x":1}}},"version":3}', MigrationMessages.unreadable],
    ['a garbled v1 payload', '{"state":{"scenario":[]},"version":1}', MigrationMessages.unreadable],
  ])('%s -> the worked example and a notice, never a throw', (_label, text, notice) => {
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    const store = createScenarioStore({ storage, initial: PRESETS.bakery.scenario });
    expect(scenarioOf(store)).toEqual(DEFAULT_SCENARIO);
    expect(store.getState().notice).toBe(notice);
    store.getState().setField('stock', 'rate', '4');
    expect(saved(storage)).toMatchObject({ version: CURRENT_VERSION, state: { scenario: { stock: { rate: '4' } } } });
  });

  it('a future version -> the worked example, and the newer inputs are not written over until allowed', () => {
    const text = JSON.stringify({ state: { scenario: { future: true } }, version: 99 });
    const storage = memoryStorage({ [STORAGE_KEY]: text });
    const save = createSaveState();
    const store = createScenarioStore({ storage, hooks: save.hooks });
    expect(scenarioOf(store)).toEqual(DEFAULT_SCENARIO);
    expect(store.getState().notice).toBe(MigrationMessages.newer);
    expect(save.store.getState()).toMatchObject({ restored: 'newer', paused: 'newer-saved' });
    store.getState().setField('stock', 'rate', '4');
    expect(storage.data.get(STORAGE_KEY)).toBe(text);
    save.store.getState().setPaused(null);
    store.getState().setField('stock', 'rate', '5');
    expect(saved(storage)).toMatchObject({ version: CURRENT_VERSION, state: { scenario: { stock: { rate: '5' } } } });
  });

  it('a wrong shape at the current version -> the worked example and a notice naming what was reset', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: `{"state":{"scenario":{"portfolio":"x"}},"version":${CURRENT_VERSION}}` });
    const store = createScenarioStore({ storage });
    expect(scenarioOf(store)).toEqual(DEFAULT_SCENARIO);
    expect(store.getState().notice).toBe(StoreMessages.repaired(Object.keys(DEFAULT_SCENARIO).filter((k) => k !== 'tracking')));
    expect(store.getState().notice).toBe('Some saved inputs could not be read and were reset: portfolio, stock, commodity, fx, rate and 1 more.');
  });

  it('a wrong shape in an older version is reported as repaired too (the steps run before the repair)', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{"state":{"scenario":{"portfolio":"x"}},"version":3}' });
    const store = createScenarioStore({ storage });
    expect(scenarioOf(store)).toEqual(DEFAULT_SCENARIO);
    expect(store.getState().notice).toBe('Some saved inputs could not be read and were reset: portfolio, stock, commodity, fx, rate and 1 more.');
  });

  it('one bad field is repaired, the rest is kept', () => {
    const scenario = { ...PRESETS.importer.scenario, fx: { ...PRESETS.importer.scenario.fx, amount: 42 } };
    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ state: { scenario }, version: CURRENT_VERSION }) });
    const store = createScenarioStore({ storage });
    expect(scenarioOf(store)).toEqual(PRESETS.importer.scenario);
    expect(store.getState().notice).toBe('Some saved inputs could not be read and were reset: fx.amount.');
  });

  it('a storage that throws on every call neither breaks the store nor throws', () => {
    const fail = () => {
      throw new Error('SecurityError');
    };
    const store = createScenarioStore({ storage: { getItem: fail, setItem: fail, removeItem: fail } });
    expect(scenarioOf(store)).toEqual(DEFAULT_SCENARIO);
    expect(() => store.getState().setField('stock', 'rate', '5')).not.toThrow();
    expect(store.getState().stock.rate).toBe('5');
    expect(() => store.persist.clearStorage()).not.toThrow();
  });

  it('the app instance exists without a window and is not persisted there', () => {
    expect(typeof window).toBe('undefined');
    expect(selectScenario(useScenarioStore.getState())).toEqual(DEFAULT_SCENARIO);
    expect(useScenarioStore.persist.getOptions().name).toBe('microhedge:scenario');
  });
});
