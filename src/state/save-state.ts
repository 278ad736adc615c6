/**
 * Whether this page's inputs are being saved: what storage held at start, the last save's problem
 * (full or blocked), and a pause while the user has not said whose inputs to keep (another tab
 * wrote different ones, or the saved inputs come from a newer version). Session state only.
 */
import { create } from 'zustand';
import { openBrowserStorage } from './persistence';
import type { PersistHooks, RestoreOutcome, StorageProblem } from './persistence';

/** Why this tab is not writing: another tab saved different inputs, or storage holds a newer version's. */
export type SavePause = 'other-tab' | 'newer-saved';

export interface SaveState {
  readonly restored: RestoreOutcome;
  /** The last save's problem; null once a save works. */
  readonly problem: StorageProblem | null;
  readonly paused: SavePause | null;
  setPaused: (pause: SavePause | null) => void;
}

export function createSaveState(initialProblem: StorageProblem | null = null) {
  const store = create<SaveState>()((set) => ({
    restored: 'nothing',
    problem: initialProblem,
    paused: null,
    setPaused: (paused) => set({ paused }),
  }));
  const hooks: PersistHooks = {
    canSave: () => store.getState().paused === null,
    onSave: (problem) => {
      if (store.getState().problem !== problem) store.setState({ problem });
    },
    onRestore: (outcome) => store.setState({ restored: outcome, ...(outcome === 'newer' ? { paused: 'newer-saved' as const } : {}) }),
  };
  return { store, hooks };
}

/** localStorage, or why it cannot be used (checked once, when the page opens). */
export const BROWSER_STORAGE = openBrowserStorage();

/** The app's save state, wired to the app's store. */
export const saveState = createSaveState(BROWSER_STORAGE.problem);
export const useSaveState = saveState.store;
