import { useMemo, useRef } from 'react';
import type { ModeResult } from '../../../calc/types';
import { selectScenario, useScenarioStore } from '../../../state/store';
import { ComparisonTable } from './ComparisonTable';
import { PayoffSection } from './PayoffSection';
import { PlanDetail } from './PlanDetail';
import { AllHedgesChart } from './AllHedgesChart';
import { CombinedSection } from './CombinedSection';
import { calculateCombined } from '../../../calc/combined';


/**
 * Keeps the last result that had hedges, so a half-typed field shows its error while the rest of
 * the page keeps the last valid figures (the result is derived, this only remembers it).
 */
function useLastValid(result: ModeResult): { shown: ModeResult; stale: boolean } {
  const last = useRef<ModeResult | null>(null);
  if (result.hedges.length > 0) last.current = result;
  const previous = last.current;
  if (result.hedges.length === 0 && previous !== null && previous.mode === result.mode) return { shown: previous, stale: true };
  return { shown: result, stale: false };
}

/** The results of the current mode: the comparison, the chosen hedge in detail, and its payoff. */
export function ResultsPanel({ result }: { readonly result: ModeResult }) {
  const selected = useScenarioStore((s) => s.prefs.selectedHedge);
  const showPortfolio = useScenarioStore((s) => s.prefs.showPortfolio);
  const selectHedge = useScenarioStore((s) => s.selectHedge);
  const setShowPortfolio = useScenarioStore((s) => s.setShowPortfolio);
  const combinedLegs = useScenarioStore((s) => s.prefs.combined);
  const scenario = useScenarioStore(selectScenario);
  const combinedResult = combinedLegs.length > 0 ? calculateCombined(scenario) : null;
  const toggleCombinedLeg = useScenarioStore((s) => s.toggleCombinedLeg);
  const { shown, stale } = useLastValid(result);
  const errorCount = Object.keys(result.fieldErrors).length;
  // A hedge that does not fit the target's side (a put on a short) says why in its row; the detail shows the first that fits.
  const hedge = shown.hedges.find((h) => h.id === selected && h.notApplicable !== true) ?? shown.hedges[0];
  const mode = shown.mode;
  const combined = useMemo(() => new Set(combinedLegs.filter((l) => l.mode === mode).map((l) => l.kind)), [combinedLegs, mode]);
  return (
    <div className="results">
      <div role="status" aria-live="polite" className={errorCount > 0 ? 'warning' : 'visually-hidden'}>
        {errorCount > 0
          ? `${errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention (marked in red).${stale ? ' Showing the last valid results.' : ''}`
          : 'Results are up to date.'}
      </div>
      {shown.hedges.length === 0 ? (
        <section className="panel">
          <h2>Results</h2>
          <p>Enter the inputs on the left; the hedges appear here.</p>
        </section>
      ) : (
        <>
          <section className="panel" aria-labelledby="compare-title">
            <h2 id="compare-title">Compare</h2>
            <ComparisonTable hedges={shown.hedges} selectedId={hedge?.id ?? ''} onSelect={selectHedge} combined={combined} onToggleCombined={(id) => toggleCombinedLeg(mode, id)} />
            <AllHedgesChart hedges={shown.hedges} currency={shown.currency} />
          </section>
          {hedge ? (
            // A plan's own currency: a foreign target's price hedges are in its currency, its FX hedge in the home currency.
            <PlanDetail hedge={hedge} currency={hedge.plan?.ledger.currency ?? shown.currency}>
              {hedge.plan ? (
                <PayoffSection
                  plan={hedge.plan}
                  band={hedge.band ?? null}
                  currency={hedge.plan.ledger.currency}
                  short={hedge.exposure === 'short'}
                  restOfPortfolioValue={shown.restOfPortfolioValue}
                  showPortfolio={showPortfolio}
                  // The whole-portfolio curve adds the other holdings at today's value: only on the target's price axis.
                  onShowPortfolio={shown.mode === 'stock' && hedge.plan.axis.kind === 'price' ? setShowPortfolio : null}
                />
              ) : null}
            </PlanDetail>
          ) : null}
        </>
      )}
      {combinedResult !== null ? (
        <CombinedSection result={combinedResult} onRemove={toggleCombinedLeg} />
      ) : null}
    </div>
  );
}
