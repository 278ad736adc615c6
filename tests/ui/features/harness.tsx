/** Shared by the feature tests: a store reset, and the calculator wired as the App wires it (without the lazy chunk). */
import type { ReactNode } from 'react';
import { calculate } from '../../../src/calc/calculate';
import type { Mode } from '../../../src/state/scenario';
import { selectScenario, useScenarioStore } from '../../../src/state/store';
import { ResultsPanel } from '../../../src/ui/features/results/ResultsPanel';

/** The worked example, no notice, in `mode`. */
export function resetStore(mode: Mode = 'stock'): void {
  const s = useScenarioStore.getState();
  s.resetToExample();
  s.dismissNotice();
  s.setMode(mode);
}

/** Inputs beside results, both derived from the store as in the App. */
export function Calculator({ inputs }: { readonly inputs: (errors: Readonly<Record<string, string>>) => ReactNode }) {
  const scenario = useScenarioStore(selectScenario);
  const result = calculate(scenario);
  return (
    <>
      {inputs(result.fieldErrors)}
      <ResultsPanel result={result} />
    </>
  );
}

/** '€5,230.09' / '-€270.00' / '−€1.00' -> cents as a bigint (exact). */
export function cents(text: string): bigint {
  const negative = /^[-−]/.test(text.trim());
  const digits = text.replace(/[^0-9.]/g, '');
  const [whole = '0', frac = ''] = digits.split('.');
  const c = BigInt(whole + frac.padEnd(2, '0').slice(0, 2));
  return negative ? -c : c;
}
