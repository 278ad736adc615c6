import { useCallback, useEffect, useState } from 'react';
import { retryImport } from '../shared/lazy-retry';
import type * as Calculator from './calculator';

export type CalculatorModule = typeof Calculator;

let pending: Promise<CalculatorModule> | null = null;

/** Starts loading the calculator chunk (once, retried with backoff); call early so it loads while the shell renders. */
export function loadCalculator(): Promise<CalculatorModule> {
  pending ??= retryImport(() => import('./calculator')).catch((error: unknown) => {
    pending = null;
    throw error;
  });
  return pending;
}

export type CalculatorState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly module: CalculatorModule }
  /** The chunk could not be fetched (offline, stale deploy); `retry` loads it again. */
  | { readonly status: 'failed'; readonly retry: () => void };

/** The calculator module once loaded; 'failed' when the chunk could not be fetched after retries. */
export function useCalculator(): CalculatorState {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CalculatorState>({ status: 'loading' });
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  useEffect(() => {
    let live = true;
    loadCalculator().then(
      (module) => live && setState({ status: 'ready', module }),
      () => live && setState({ status: 'failed', retry }),
    );
    return () => {
      live = false;
    };
  }, [attempt, retry]);
  return state;
}
