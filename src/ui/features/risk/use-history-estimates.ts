/**
 * The estimates for the loaded history and the current choices, computed in the CSV worker. A
 * change of choices cancels the run in progress and starts another; the figures of other choices
 * are never shown next to the current ones.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { EstimateChoices, HistoryEstimates } from './estimates-data';
import type { JobHandle } from './workers-client';
import { estimateHistory } from './workers-client';

export type EstimatesState =
  | { readonly kind: 'running'; readonly fraction: number }
  | { readonly kind: 'done'; readonly estimates: HistoryEstimates }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string };

interface Keyed {
  readonly key: string;
  readonly state: EstimatesState;
}

export function useHistoryEstimates(historyId: number, choices: EstimateChoices): { state: EstimatesState; cancel: () => void; retry: () => void } {
  const [run, setRun] = useState(0);
  const key = `${historyId}|${choices.returns}|${choices.index}|${choices.target}|${choices.hedge}|${run}`;
  const [current, setCurrent] = useState<Keyed>({ key: '', state: { kind: 'running', fraction: 0 } });
  const handle = useRef<JobHandle | null>(null);
  const active = useRef('');
  useEffect(() => {
    active.current = key;
    // A superseded run's last message (its "cancelled") can arrive after the new run's: ignore it.
    // Rendered as a transition: in slices, so a table of 200 assets never holds up the page.
    const set = (state: EstimatesState) => {
      if (active.current === key) startTransition(() => setCurrent({ key, state }));
    };
    const h = estimateHistory(historyId, choices, {
      onProgress: (_phase, done, total) => set({ kind: 'running', fraction: total > 0 ? done / total : 0 }),
      onDone: (estimates) => set({ kind: 'done', estimates }),
      onCancelled: () => set({ kind: 'cancelled' }),
      onError: (message) => set({ kind: 'error', message }),
    });
    handle.current = h;
    return () => h.cancel();
    // `key` names every input of the run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const state: EstimatesState = current.key === key ? current.state : { kind: 'running', fraction: 0 };
  return { state, cancel: () => handle.current?.cancel(), retry: () => setRun((n) => n + 1) };
}
