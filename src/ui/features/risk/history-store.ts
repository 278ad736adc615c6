/**
 * The loaded price history: a module-level zustand store, deliberately NOT persisted (ten years of
 * daily prices for 50 assets do not belong in localStorage or a share link). It survives switching
 * modes, not a reload. The prices themselves stay in the CSV worker; the store holds its summary
 * and the files as given (handles, not their text), so a file can be read again with another
 * decimal mark. What it feeds into the scenario goes through "Use these estimates".
 */
import { create } from 'zustand';
import type { CsvFileInput, CsvResult } from '../../../workers/protocol';
import type { EstimateChoices } from './estimates-data';
import { defaultChoices } from './estimates-data';
import { NO_HISTORY, usePriceHistoryLink } from '../../shared/price-history-link';
import { fetchSeries } from './workers-client';

export interface HistoryState {
  readonly result: CsvResult | null;
  readonly choices: EstimateChoices | null;
  /** Where the history came from, for the status line ("sample prices", "2 files"). */
  readonly source: string;
  /** The files the result was read from. */
  readonly inputs: readonly CsvFileInput[];
  setResult: (result: CsvResult, source: string, targetName: string, inputs: readonly CsvFileInput[]) => void;
  setChoices: (choices: EstimateChoices) => void;
  clear: () => void;
}

/** Tells other features which history is loaded and which of its symbols is the hedged item. */
function publishLink(result: CsvResult | null, choices: EstimateChoices | null): void {
  const h = result?.history ?? null;
  usePriceHistoryLink.getState().publish(
    h === null ? NO_HISTORY : { historyId: h.id, targetSymbol: choices?.target ?? '', dateCount: h.dateCount, fetchSeries: (symbol) => fetchSeries(h.id, symbol) },
  );
}

export const useHistoryStore = create<HistoryState>()((set, get) => ({
  result: null,
  choices: null,
  source: '',
  inputs: [],
  setResult: (result, source, targetName, inputs) => {
    const symbols = result.history?.symbols ?? [];
    const old = get().choices;
    // Reading the same files again (another decimal mark) keeps the user's choices when they still apply.
    const keep = old !== null && [old.target, old.hedge, old.index].every((s) => s === '' || symbols.includes(s));
    const choices = result.history ? (keep ? old : defaultChoices(symbols, targetName)) : null;
    set({ result, source, inputs, choices });
    publishLink(result, choices);
  },
  setChoices: (choices) => {
    set({ choices });
    publishLink(get().result, choices);
  },
  clear: () => {
    set({ result: null, choices: null, source: '', inputs: [] });
    publishLink(null, null);
  },
}));
