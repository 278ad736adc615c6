/**
 * The scenario store: one zustand store built from typed slices (portfolio, the four hedge
 * slices, prefs, and a session slice for the notice and whole-scenario actions), with `persist`
 * on the combined store only (ZS slices pattern). It stores exactly what the user typed; results
 * are derived elsewhere. Saved data is migrated and sanitized on the way in; anything unreadable
 * falls back to the worked example with a plain notice, and nothing here throws.
 */
import { create } from 'zustand';
import type { StateCreator } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { CURRENT_VERSION, MigrationMessages, restoreScenario } from './migrations';
import { DEFAULT_SCENARIO, PRESETS } from './presets';
import type { PresetName } from './presets';
import { EMPTY_HOLDING, HOLDING_FIELDS, MAX_HOLDINGS, PORTFOLIO_FIELDS, PREFS_FIELDS, SLICE_FIELDS, isPlainRecord } from './sanitize';
import type { FieldSpec } from './sanitize';
import type { Holding, Mode, PortfolioInput, Prefs, Scenario, SliceName } from './scenario';
import { scenarioFromLocation } from './share-link';

export const STORAGE_KEY = 'microhedge:scenario';

export type HoldingField = keyof typeof HOLDING_FIELDS;
export type PortfolioField = keyof typeof PORTFOLIO_FIELDS;

export interface PortfolioSlice {
  readonly portfolio: PortfolioInput;
  setHolding: (id: string, field: HoldingField, value: string) => void;
  addHolding: () => void;
  removeHolding: (id: string) => void;
  setTarget: (id: string) => void;
  setPortfolioField: (field: PortfolioField, value: string) => void;
}

export interface HedgeSlices {
  readonly stock: Scenario['stock'];
  readonly commodity: Scenario['commodity'];
  readonly fx: Scenario['fx'];
  readonly rate: Scenario['rate'];
  setField: (slice: SliceName, field: string, value: string | boolean) => void;
}

export interface PrefsSlice {
  readonly prefs: Prefs;
  setMode: (mode: Mode) => void;
  selectHedge: (kind: string) => void;
  setShowPortfolio: (show: boolean) => void;
}

export interface SessionSlice {
  /** A plain message for the user (not persisted); the UI shows it with a dismiss button. */
  readonly notice: string | null;
  loadPreset: (name: PresetName) => void;
  /** Loads a scenario that is already sanitized (a share link, a preset). */
  loadScenario: (s: Scenario) => void;
  resetToExample: () => void;
  dismissNotice: () => void;
  setNotice: (message: string | null) => void;
}

export type ScenarioStore = PortfolioSlice & HedgeSlices & PrefsSlice & SessionSlice;
export type ScenarioSlices = Pick<ScenarioStore, keyof Scenario>;

/** What is saved: the scenario only (inputs and prefs), never the notice or derived results. */
export interface PersistedScenario {
  readonly scenario: unknown;
}

export const StoreMessages = {
  repaired: (fields: readonly string[]) =>
    `Some saved inputs could not be read and were reset: ${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ` and ${fields.length - 5} more` : ''}.`,
  linkDamagedKeepingSaved: 'This share link is damaged or not from Microhedge; your saved inputs are shown instead.',
} as const;

type Mutators = [['zustand/persist', unknown]];
type Slice<T> = StateCreator<ScenarioStore, Mutators, [], T>;

function accepts(spec: FieldSpec | undefined, value: unknown): boolean {
  if (spec === undefined) return false;
  if (spec.kind === 'text') return typeof value === 'string' && (spec.pattern === undefined || spec.pattern.test(value));
  if (spec.kind === 'bool') return typeof value === 'boolean';
  return typeof value === 'string' && spec.values.includes(value);
}

function specOf(specs: object, field: string): FieldSpec | undefined {
  return Object.hasOwn(specs, field) ? (specs as Readonly<Record<string, FieldSpec>>)[field] : undefined;
}

function nextHoldingId(holdings: readonly Holding[]): string {
  const used = new Set(holdings.map((h) => h.id));
  let n = holdings.reduce((max, h) => Math.max(max, Number(/^h(\d{1,6})$/.exec(h.id)?.[1] ?? 0)), 0) + 1;
  while (used.has(`h${n}`)) n++;
  return `h${n}`;
}

const createPortfolioSlice =
  (initial: PortfolioInput): Slice<PortfolioSlice> =>
  (set, get) => {
    const update = (portfolio: PortfolioInput) => set({ portfolio });
    return {
      portfolio: initial,
      setHolding: (id, field, value) => {
        const p = get().portfolio;
        const holding = p.holdings.find((h) => h.id === id);
        if (holding === undefined || !accepts(specOf(HOLDING_FIELDS, field), value) || holding[field] === value) return;
        update({ ...p, holdings: p.holdings.map((h) => (h.id === id ? { ...h, [field]: value } : h)) });
      },
      addHolding: () => {
        const p = get().portfolio;
        if (p.holdings.length >= MAX_HOLDINGS) return;
        const target = p.holdings.find((h) => h.id === p.targetId);
        const added: Holding = { id: nextHoldingId(p.holdings), ...EMPTY_HOLDING, currency: target?.currency ?? EMPTY_HOLDING.currency };
        update({ ...p, holdings: [...p.holdings, added] });
      },
      removeHolding: (id) => {
        const p = get().portfolio;
        const holdings = p.holdings.filter((h) => h.id !== id);
        if (holdings.length === 0 || holdings.length === p.holdings.length) return;
        update({ ...p, holdings, targetId: p.targetId === id ? holdings[0]!.id : p.targetId });
      },
      setTarget: (id) => {
        const p = get().portfolio;
        if (p.targetId !== id && p.holdings.some((h) => h.id === id)) update({ ...p, targetId: id });
      },
      setPortfolioField: (field, value) => {
        const p = get().portfolio;
        if (accepts(specOf(PORTFOLIO_FIELDS, field), value) && p[field] !== value) update({ ...p, [field]: value });
      },
    };
  };

const createHedgeSlices =
  (initial: Scenario): Slice<HedgeSlices> =>
  (set, get) => ({
    stock: initial.stock,
    commodity: initial.commodity,
    fx: initial.fx,
    rate: initial.rate,
    setField: (slice, field, value) => {
      if (!Object.hasOwn(SLICE_FIELDS, slice) || !accepts(specOf(SLICE_FIELDS[slice], field), value)) return;
      const current = get()[slice] as unknown as Readonly<Record<string, unknown>>;
      if (current[field] !== value) set({ [slice]: { ...current, [field]: value } } as Partial<ScenarioStore>);
    },
  });

const createPrefsSlice =
  (initial: Prefs): Slice<PrefsSlice> =>
  (set, get) => {
    const setPref = <K extends keyof Prefs>(key: K, value: Prefs[K]) => {
      const prefs = get().prefs;
      if (accepts(PREFS_FIELDS[key], value) && prefs[key] !== value) set({ prefs: { ...prefs, [key]: value } });
    };
    return {
      prefs: initial,
      setMode: (mode) => setPref('mode', mode),
      selectHedge: (kind) => setPref('selectedHedge', kind),
      setShowPortfolio: (show) => setPref('showPortfolio', show),
    };
  };

function slicesOf(s: Scenario): Pick<ScenarioStore, keyof Scenario> {
  return { portfolio: s.portfolio, stock: s.stock, commodity: s.commodity, fx: s.fx, rate: s.rate, prefs: s.prefs };
}

const createSessionSlice: Slice<SessionSlice> = (set) => ({
  notice: null,
  loadPreset: (name) => {
    if (Object.hasOwn(PRESETS, name)) set(slicesOf(PRESETS[name].scenario));
  },
  loadScenario: (s) => set(slicesOf(s)),
  resetToExample: () => set(slicesOf(DEFAULT_SCENARIO)),
  dismissNotice: () => set({ notice: null }),
  setNotice: (message) => set({ notice: message }),
});

let memo: { readonly refs: readonly unknown[]; readonly value: Scenario } | null = null;

/** The scenario part of the state; the same object while none of the six slices changed. */
export function selectScenario(state: ScenarioSlices): Scenario {
  const refs = [state.portfolio, state.stock, state.commodity, state.fx, state.rate, state.prefs];
  if (memo !== null && refs.every((r, i) => r === memo!.refs[i])) return memo.value;
  const value: Scenario = slicesOf(state as Scenario);
  memo = { refs, value };
  return value;
}

// Saved data that cannot be used carries the reason under a symbol key, which JSON cannot forge.
const FAILURE = Symbol('microhedge.restoreFailure');
type Restorable = PersistedScenario & { readonly [FAILURE]?: string };

/** JSON over a StateStorage that never throws: unreadable text or a wrong envelope becomes a failure. */
function safeJsonStorage(storage: StateStorage | undefined): PersistStorage<PersistedScenario> {
  const failed = (message: string): StorageValue<Restorable> => ({ state: { scenario: undefined, [FAILURE]: message }, version: CURRENT_VERSION });
  return {
    getItem: (name) => {
      let text: unknown;
      try {
        text = storage?.getItem(name) ?? null;
      } catch {
        return null; // storage blocked (privacy mode): start from the example, silently
      }
      if (text === null || typeof text !== 'string') return null;
      try {
        const envelope: unknown = JSON.parse(text);
        if (!isPlainRecord(envelope) || typeof envelope.version !== 'number' || !isPlainRecord(envelope.state)) return failed(MigrationMessages.unreadable);
        return { state: { scenario: envelope.state.scenario }, version: envelope.version };
      } catch {
        return failed(MigrationMessages.unreadable);
      }
    },
    setItem: (name, value) => {
      try {
        storage?.setItem(name, JSON.stringify(value));
      } catch {
        // Quota exceeded or storage blocked: the app keeps working, unsaved.
      }
    },
    removeItem: (name) => {
      try {
        storage?.removeItem(name);
      } catch {
        // as above
      }
    },
  };
}

function migratePersisted(state: unknown, version: number): PersistedScenario {
  const scenario = isPlainRecord(state) ? state.scenario : undefined;
  const restored = restoreScenario(scenario, version);
  const result: Restorable = restored.ok ? { scenario: restored.value } : { scenario: undefined, [FAILURE]: restored.message };
  return result;
}

function mergePersisted(persisted: unknown, current: ScenarioStore): ScenarioStore {
  if (persisted === undefined || persisted === null) return current; // nothing saved yet
  const failure = typeof persisted === 'object' ? (persisted as Restorable)[FAILURE] : undefined;
  if (failure !== undefined) return { ...current, ...slicesOf(DEFAULT_SCENARIO), notice: failure };
  const restored = restoreScenario(isPlainRecord(persisted) ? persisted.scenario : undefined, CURRENT_VERSION);
  if (!restored.ok) return { ...current, ...slicesOf(DEFAULT_SCENARIO), notice: restored.message };
  const notice = restored.warnings.length > 0 ? StoreMessages.repaired(restored.warnings.map((w) => w.split(' ')[0]!)) : current.notice;
  return { ...current, ...slicesOf(restored.value), notice };
}

export interface ScenarioStoreOptions {
  /** Where to save (window.localStorage in the app, an in-memory Storage in tests); none = not saved. */
  readonly storage?: StateStorage;
  /** The scenario before anything saved is read (the worked example unless told). */
  readonly initial?: Scenario;
}

/** A new scenario store: slices combined, then `persist` under 'microhedge:scenario'. */
export function createScenarioStore(options: ScenarioStoreOptions = {}) {
  const initial = options.initial ?? DEFAULT_SCENARIO;
  let reportFailure: (message: string) => void = () => {};
  return create<ScenarioStore>()(
    persist<ScenarioStore, [], [], PersistedScenario>(
      (...a) => {
        reportFailure = (message) => a[0]({ ...slicesOf(DEFAULT_SCENARIO), notice: message });
        return {
          ...createPortfolioSlice(initial.portfolio)(...a),
          ...createHedgeSlices(initial)(...a),
          ...createPrefsSlice(initial.prefs)(...a),
          ...createSessionSlice(...a),
        };
      },
      {
        name: STORAGE_KEY,
        version: CURRENT_VERSION,
        storage: safeJsonStorage(options.storage),
        partialize: (state) => ({ scenario: selectScenario(state) }),
        migrate: migratePersisted,
        merge: mergePersisted,
        // merge never throws; this is the net under zustand's own hydration chain.
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined) reportFailure(MigrationMessages.unreadable);
        },
      },
    ),
  );
}

export type ScenarioStoreHook = ReturnType<typeof createScenarioStore>;

function browserStorage(): StateStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The app's store, saved in localStorage. */
export const useScenarioStore: ScenarioStoreHook = createScenarioStore({ storage: browserStorage() });

export interface InitialScenario {
  readonly scenario: Scenario;
  readonly notice: string | null;
  readonly source: 'link' | 'storage' | 'default';
}

/**
 * Which scenario the page opens with: a valid share link wins over saved inputs; an invalid link
 * gives a notice and the saved inputs (or the worked example when nothing is saved).
 */
export function initialScenarioFromLocation(hash: string, storageScenario: Scenario | null): InitialScenario {
  const link = scenarioFromLocation(hash);
  if (link !== null && link.ok) return { scenario: link.value, notice: null, source: 'link' };
  const fallback: InitialScenario = storageScenario === null ? { scenario: DEFAULT_SCENARIO, notice: null, source: 'default' } : { scenario: storageScenario, notice: null, source: 'storage' };
  if (link === null) return fallback;
  return { ...fallback, notice: storageScenario === null ? link.message : StoreMessages.linkDamagedKeepingSaved };
}
