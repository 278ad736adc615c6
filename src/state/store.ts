/**
 * The scenario store: one zustand store built from typed slices (portfolio, the four hedge
 * slices, prefs, and a session slice for the notice and whole-scenario actions), with `persist`
 * on the combined store only (ZS slices pattern). It stores exactly what the user typed; results
 * are derived elsewhere. Saved data is migrated and sanitized on the way in; anything unreadable
 * falls back to the worked example with a plain notice, and nothing here throws.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { StateStorage } from 'zustand/middleware';
import { CURRENT_VERSION, MigrationMessages } from './migrations';
import { migratePersisted, readPersisted, restoreOutcomeOf, safeJsonStorage } from './persistence';
import type { PersistedScenario, PersistHooks } from './persistence';
import { BROWSER_STORAGE, saveState } from './save-state';
import { DEFAULT_SCENARIO } from './presets';
import { useNotices } from './notices';
import { quoteNotices } from './quote-notice';
import type { QuoteHooks } from './quote-notice';
import type { PresetName } from './presets';
import type { FxRateInput, Holding, Mode, PortfolioInput, Prefs, Scenario, SliceName, TrackingInput } from './scenario';

export const STORAGE_KEY = 'microhedge:scenario';

type KeysOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T];
export type HoldingField = Exclude<KeysOf<Holding, string>, 'id'>;
export type FxRateField = Exclude<keyof FxRateInput, 'currency'>;
export type PortfolioField = Exclude<KeysOf<PortfolioInput, string | boolean>, 'targetId'>;

export interface PortfolioSlice {
  readonly portfolio: PortfolioInput;
  setHolding: (id: string, field: HoldingField, value: string) => void;
  addHolding: () => void;
  removeHolding: (id: string) => void;
  setTarget: (id: string) => void;
  setPortfolioField: (field: PortfolioField, value: string | boolean) => void;
  /** Types one field of the FX rate row of `currency` (the row is created on first use). */
  setFxRate: (currency: string, field: FxRateField, value: string) => void;
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
  /** Adds the hedge `kind` of `mode` to the combined hedge, or removes it when it is there already. */
  toggleCombinedLeg: (mode: Mode, kind: string) => void;
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

/** Hedges followed over time: their actions live with the feature (tracking-slice.ts), off the first screen. */
export interface TrackingState {
  readonly tracking: TrackingInput;
}

export type ScenarioStore = PortfolioSlice & HedgeSlices & PrefsSlice & SessionSlice & TrackingState;
export type ScenarioSlices = Pick<ScenarioStore, keyof Scenario>;


export const StoreMessages = {
  repaired: (fields: readonly string[]) =>
    `Some saved inputs could not be read and were reset: ${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ` and ${fields.length - 5} more` : ''}.`,
} as const;

import { createHedgeSlices, createPortfolioSlice, createPrefsSlice, createSessionSlice, SCENARIO_KEYS, slicesOf } from './store-slices';

let memo: { readonly refs: readonly unknown[]; readonly value: Scenario } | null = null;

/** The scenario part of the state; the same object while none of its slices changed. */
export function selectScenario(state: ScenarioSlices): Scenario {
  const refs = SCENARIO_KEYS.map((k) => state[k]);
  if (memo !== null && refs.every((r, i) => r === memo!.refs[i])) return memo.value;
  const value: Scenario = slicesOf(state as Scenario);
  memo = { refs, value };
  return value;
}

function mergePersisted(persisted: unknown, current: ScenarioStore, hooks: PersistHooks): ScenarioStore {
  const outcome = readPersisted(persisted);
  hooks.onRestore?.(restoreOutcomeOf(outcome));
  if (outcome.kind === 'nothing') return current;
  if (outcome.kind === 'failed') return { ...current, ...slicesOf(DEFAULT_SCENARIO), notice: outcome.message };
  const notice = outcome.warnings.length > 0 ? StoreMessages.repaired(outcome.warnings.map((w) => w.split(' ')[0]!)) : current.notice;
  return { ...current, ...slicesOf(outcome.value), notice };
}

export interface ScenarioStoreOptions {
  /** Where to save (window.localStorage in the app, an in-memory Storage in tests); none = not saved. */
  readonly storage?: StateStorage;
  /** The scenario before anything saved is read (the worked example unless told). */
  readonly initial?: Scenario;
  /** Told what storage held and whether each save worked; may pause saving. */
  readonly hooks?: PersistHooks;
  /** Told when typed quotes are emptied because their contract changed, or a whole scenario is loaded. */
  readonly quotes?: QuoteHooks;
}

/** A new scenario store: slices combined, then `persist` under 'microhedge:scenario'. */
export function createScenarioStore(options: ScenarioStoreOptions = {}) {
  const initial = options.initial ?? DEFAULT_SCENARIO;
  const hooks = options.hooks ?? {};
  const quotes = options.quotes ?? {};
  let reportFailure: (message: string) => void = () => {};
  return create<ScenarioStore>()(
    persist<ScenarioStore, [], [], PersistedScenario>(
      (...a) => {
        reportFailure = (message) => a[0]({ ...slicesOf(DEFAULT_SCENARIO), notice: message });
        return {
          ...createPortfolioSlice(initial.portfolio, quotes)(...a),
          ...createHedgeSlices(initial, quotes)(...a),
          ...createPrefsSlice(initial.prefs)(...a),
          ...createSessionSlice(quotes)(...a),
          tracking: initial.tracking,
        };
      },
      {
        name: STORAGE_KEY,
        version: CURRENT_VERSION,
        storage: safeJsonStorage(options.storage, hooks),
        partialize: (state) => ({ scenario: selectScenario(state) }),
        migrate: migratePersisted,
        merge: (persisted, current) => mergePersisted(persisted, current, hooks),
        // merge never throws; this is the net under zustand's own hydration chain.
        onRehydrateStorage: () => (_state, error) => {
          if (error !== undefined) reportFailure(MigrationMessages.unreadable);
        },
      },
    ),
  );
}

export type ScenarioStoreHook = ReturnType<typeof createScenarioStore>;

/** The app's store, saved in localStorage; what happens to the saved inputs is told to `saveState`. */
export const useScenarioStore: ScenarioStoreHook = createScenarioStore({ storage: BROWSER_STORAGE.storage, hooks: saveState.hooks, quotes: quoteNotices(useNotices) });
