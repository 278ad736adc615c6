/**
 * The scenario store: one zustand store built from typed slices (portfolio, the four hedge
 * slices, prefs, and a session slice for the notice and whole-scenario actions), with `persist`
 * on the combined store only (ZS slices pattern). It stores exactly what the user typed; results
 * are derived elsewhere. Saved data is migrated and sanitized on the way in; anything unreadable
 * falls back to the worked example with a plain notice, and nothing here throws.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { CURRENT_VERSION, MigrationMessages, restoreScenario } from './migrations';
import { DEFAULT_SCENARIO } from './presets';
import type { PresetName } from './presets';
import { isPlainRecord } from './sanitize';
import type { HOLDING_FIELDS, PORTFOLIO_FIELDS } from './sanitize';
import type { Mode, PortfolioInput, Prefs, Scenario, SliceName } from './scenario';
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

import { createHedgeSlices, createPortfolioSlice, createPrefsSlice, createSessionSlice, slicesOf } from './store-slices';

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
