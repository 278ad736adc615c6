import { useEffect, useState } from 'react';
import type * as Calculator from './calculator';

export type CalculatorModule = typeof Calculator;

let pending: Promise<CalculatorModule> | null = null;

/** Starts loading the calculator chunk (once); call early so it loads while the shell renders. */
export function loadCalculator(): Promise<CalculatorModule> {
  pending ??= import('./calculator');
  return pending;
}

export type CalculatorState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly module: CalculatorModule } | { readonly status: 'failed' };

/** The calculator module once loaded; 'failed' when the chunk could not be fetched (offline, stale deploy). */
export function useCalculator(): CalculatorState {
  const [state, setState] = useState<CalculatorState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadCalculator().then(
      (module) => live && setState({ status: 'ready', module }),
      () => {
        pending = null;
        if (live) setState({ status: 'failed' });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
