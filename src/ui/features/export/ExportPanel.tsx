/**
 * Export and print: the comparison, the chosen hedge's ledger and its payoff data, and the combined
 * hedge's ledger (when it has legs) as CSV, the payoff chart as a PNG, and a printable report. Reads the results it is given (the
 * combined ledger: the memoised combined result, when its button is pressed).
 */
import { useState } from 'react';
import { calculateCombined } from '../../../calc/combined';
import { selectScenario, useScenarioStore } from '../../../state/store';
import { exportChartData, exportChartPng, exportCombinedLedger, exportComparison, exportLedger } from './export-actions';
import type { ExportableResult } from './types';
import './export.css';

export default function ExportPanel({ result }: { readonly result: ExportableResult }) {
  const selected = useScenarioStore((s) => s.prefs.selectedHedge);
  const showPortfolio = useScenarioStore((s) => s.prefs.showPortfolio);
  const hasCombined = useScenarioStore((s) => s.prefs.combined.length > 0);
  const [status, setStatus] = useState('');
  const hedge = result.hedges.find((h) => h.id === selected) ?? result.hedges[0];
  const plan = hedge?.plan ?? null;
  const chosen = hedge && plan ? { ...hedge, plan } : null;
  const saved = (name: string) => setStatus(`Saved ${name}.`);
  const portfolio = showPortfolio && result.mode === 'stock' && plan?.kind !== 'beta';
  const png = async () => {
    if (!chosen) return;
    setStatus('Drawing the chart…');
    const name = await exportChartPng(chosen);
    setStatus(name ? `Saved ${name}.` : 'The chart is not drawn yet (its code may still be loading); try again in a moment.');
  };
  // Computed on demand (memoised): the same figures the combined section shows.
  const combinedCsv = () => {
    const name = exportCombinedLedger(calculateCombined(selectScenario(useScenarioStore.getState())));
    setStatus(name ? `Saved ${name}.` : 'No leg of the combined hedge can be summed yet: see the reasons under Combined hedge.');
  };
  return (
    <section className="panel export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export and print</h2>
      {result.hedges.length === 0 ? (
        <p>Nothing to export yet: the hedges appear once the inputs are valid.</p>
      ) : (
        <div className="toolbar">
          <button type="button" onClick={() => saved(exportComparison(result))}>
            Comparison (CSV)
          </button>
          {chosen ? (
            <>
              <button type="button" onClick={() => saved(exportLedger(chosen))}>
                Cost ledger (CSV)
              </button>
              <button type="button" onClick={() => saved(exportChartData(result, chosen, { showPortfolio: portfolio }))}>
                Chart data (CSV)
              </button>
              <button type="button" onClick={() => void png()}>
                Chart (PNG)
              </button>
            </>
          ) : null}
          {hasCombined ? (
            <button type="button" onClick={combinedCsv}>
              Combined ledger (CSV)
            </button>
          ) : null}
          <button type="button" onClick={() => window.print()}>
            Print the report
          </button>
        </div>
      )}
      <p className="hint">
        {chosen ? `Ledger and chart: ${chosen.name}. ` : ''}CSV files open in any spreadsheet; text that looks like a formula is stored as text.
      </p>
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
