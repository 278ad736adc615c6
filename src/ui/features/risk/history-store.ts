/**
 * The loaded price history: a module-level zustand store, deliberately NOT persisted (ten years of
 * daily prices for 50 assets do not belong in localStorage or a share link). It survives switching
 * modes, not a reload. What it feeds into the scenario goes through "Use these estimates".
 */
import { create } from 'zustand';
import type { CsvResult } from '../../../workers/protocol';
import type { EstimateChoices } from './estimates-data';
import { defaultChoices } from './estimates-data';

export interface HistoryState {
  readonly result: CsvResult | null;
  readonly choices: EstimateChoices | null;
  /** Where the history came from, for the status line ("sample prices", "2 files"). */
  readonly source: string;
  setResult: (result: CsvResult, source: string, targetName: string) => void;
  setChoices: (choices: EstimateChoices) => void;
  clear: () => void;
}

export const useHistoryStore = create<HistoryState>()((set) => ({
  result: null,
  choices: null,
  source: '',
  setResult: (result, source, targetName) => set({ result, source, choices: result.history ? defaultChoices(result.history.symbols, targetName) : null }),
  setChoices: (choices) => set({ choices }),
  clear: () => set({ result: null, choices: null, source: '' }),
}));
