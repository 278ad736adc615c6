/**
 * Which price history is loaded, for features other than the one that loads it: the portfolio risk
 * panel publishes its loaded history (its id, the target's symbol and a way to fetch one series from
 * the worker); a followed hedge reads it for its regression test. Not persisted, like the history.
 */
import { create } from 'zustand';

export interface PriceHistoryLink {
  /** Id of the loaded history; null when none is loaded. */
  readonly historyId: number | null;
  /** Symbol of the hedged item in it ('' when none was matched). */
  readonly targetSymbol: string;
  readonly dateCount: number;
  /** Fetches one series of the loaded history (oldest first). */
  readonly fetchSeries: ((symbol: string) => Promise<readonly number[]>) | null;
  publish: (link: Omit<PriceHistoryLink, 'publish'>) => void;
}

export const NO_HISTORY: Omit<PriceHistoryLink, 'publish'> = { historyId: null, targetSymbol: '', dateCount: 0, fetchSeries: null };

export const usePriceHistoryLink = create<PriceHistoryLink>()((set) => ({
  ...NO_HISTORY,
  publish: (link) => set(link),
}));
