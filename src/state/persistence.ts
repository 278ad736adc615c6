/**
 * Saving the scenario in the browser (zustand `persist` over localStorage), treated as fallible:
 * storage can be blocked (SecurityError on access), full (QuotaExceededError on write), written by
 * another tab, or hold inputs from a newer version. Nothing here throws; every outcome is reported
 * through `PersistHooks` so the page can tell the user, and saving can be paused so this tab never
 * writes over inputs it has not been allowed to replace.
 */
import type { PersistStorage, StateStorage, StorageValue } from 'zustand/middleware';
import { CURRENT_VERSION, MigrationMessages, restoreScenario } from './migrations';
import { isPlainRecord } from './sanitize';
import type { Scenario } from './scenario';

/** Why saving failed: the quota is used up, or the browser refuses storage to this page. */
export type StorageProblem = 'full' | 'blocked';

/** What was found in storage when the page opened. */
export type RestoreOutcome = 'nothing' | 'saved' | 'repaired' | 'unreadable' | 'newer';

export interface PersistHooks {
  /** False while saving is paused (until the user chooses whose inputs to keep). */
  readonly canSave?: () => boolean;
  /** After each write attempt: null when saved, else why not. */
  readonly onSave?: (problem: StorageProblem | null) => void;
  readonly onRestore?: (outcome: RestoreOutcome) => void;
}

/** What is saved: the scenario only (inputs and prefs), never the notice or derived results. */
export interface PersistedScenario {
  readonly scenario: unknown;
}

/** The DOMException names browsers use for a full storage (Firefox had its own); anything else = blocked. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014 ? 'full' : 'blocked';
}

/** window.localStorage, or why it cannot be used (accessing it throws SecurityError when blocked). */
export function openBrowserStorage(): { readonly storage?: StateStorage; readonly problem: StorageProblem | null } {
  try {
    if (typeof window === 'undefined') return { problem: null };
    const storage = window.localStorage;
    return storage ? { storage, problem: null } : { problem: 'blocked' };
  } catch (error) {
    return { problem: classifyStorageError(error) === 'full' ? 'full' : 'blocked' };
  }
}

// Saved data that cannot be used carries the reason under a symbol key, which JSON cannot forge.
const FAILURE = Symbol('microhedge.restoreFailure');
/** What an older version's data needed repaired on its way up (the merge sees only the repaired scenario). */
const REPAIRED = Symbol('microhedge.restoreRepaired');
type Restorable = PersistedScenario & { readonly [FAILURE]?: string; readonly [REPAIRED]?: readonly string[] };

/**
 * Reads zustand's envelope text `{ state: { scenario }, version }` (another tab's write, or ours)
 * -> the scenario it holds, made safe, or why it cannot be used. Never throws.
 */
export function readSavedText(text: string): { readonly ok: true; readonly value: Scenario; readonly warnings: string[] } | { readonly ok: false; readonly message: string } {
  try {
    const envelope: unknown = JSON.parse(text);
    if (!isPlainRecord(envelope) || typeof envelope.version !== 'number' || !isPlainRecord(envelope.state)) return { ok: false, message: MigrationMessages.unreadable };
    const restored = restoreScenario(envelope.state.scenario, envelope.version);
    return restored.ok ? restored : { ok: false, message: restored.message };
  } catch {
    return { ok: false, message: MigrationMessages.unreadable };
  }
}

/** JSON over a StateStorage that never throws: unreadable text or a wrong envelope becomes a failure. */
export function safeJsonStorage(storage: StateStorage | undefined, hooks: PersistHooks): PersistStorage<PersistedScenario> {
  const failed = (message: string): StorageValue<Restorable> => ({ state: { scenario: undefined, [FAILURE]: message }, version: CURRENT_VERSION });
  return {
    getItem: (name) => {
      let text: unknown;
      try {
        text = storage?.getItem(name) ?? null;
      } catch (error) {
        hooks.onSave?.(classifyStorageError(error));
        return null;
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
      if (storage === undefined || hooks.canSave?.() === false) return;
      try {
        storage.setItem(name, JSON.stringify(value));
        hooks.onSave?.(null);
      } catch (error) {
        hooks.onSave?.(classifyStorageError(error));
      }
    },
    removeItem: (name) => {
      try {
        storage?.removeItem(name);
      } catch {
        // Storage blocked: nothing to remove.
      }
    },
  };
}

/** zustand's `migrate`: saved data of any version -> the current scenario, or the reason it cannot be used. */
export function migratePersisted(state: unknown, version: number): PersistedScenario {
  const scenario = isPlainRecord(state) ? state.scenario : undefined;
  const restored = restoreScenario(scenario, version);
  const result: Restorable = restored.ok ? { scenario: restored.value, [REPAIRED]: restored.warnings } : { scenario: undefined, [FAILURE]: restored.message };
  return result;
}

export type MergeOutcome = { readonly kind: 'nothing' } | { readonly kind: 'failed'; readonly message: string } | { readonly kind: 'restored'; readonly value: Scenario; readonly warnings: string[] };

/** What zustand's `merge` received, as a plain outcome: nothing saved, unusable (why), or a scenario. */
export function readPersisted(persisted: unknown): MergeOutcome {
  if (persisted === undefined || persisted === null) return { kind: 'nothing' };
  const failure = typeof persisted === 'object' ? (persisted as Restorable)[FAILURE] : undefined;
  if (failure !== undefined) return { kind: 'failed', message: failure };
  const restored = restoreScenario(isPlainRecord(persisted) ? persisted.scenario : undefined, CURRENT_VERSION);
  if (!restored.ok) return { kind: 'failed', message: restored.message };
  const repaired = typeof persisted === 'object' ? ((persisted as Restorable)[REPAIRED] ?? []) : [];
  return { kind: 'restored', value: restored.value, warnings: [...repaired, ...restored.warnings] };
}

/** The outcome a page reports for what it found in storage. */
export function restoreOutcomeOf(outcome: MergeOutcome): RestoreOutcome {
  if (outcome.kind === 'nothing') return 'nothing';
  if (outcome.kind === 'failed') return outcome.message === MigrationMessages.newer ? 'newer' : 'unreadable';
  return outcome.warnings.length > 0 ? 'repaired' : 'saved';
}
