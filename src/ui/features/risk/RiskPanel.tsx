/**
 * Portfolio risk, micro vs macro: the feature's root, loaded lazily below the stock-mode results.
 * Price history in -> estimates (and "Use these estimates") -> parametric risk unhedged / micro /
 * macro with component VaR -> Monte Carlo in a worker. Everything here is derived from the scenario
 * and the loaded history; nothing computed is stored.
 */
import { useCallback, useMemo } from 'react';
import { buildRiskReport } from '../../../engine';
import type { NotPsdFailure, Result, RiskReport } from '../../../engine';
import type { ModeResult } from '../../../calc/types';
import { useScenarioStore } from '../../../state/store';
import type { RiskHorizon, Scenario } from '../../../state/scenario';
import ComponentVarChart from '../../charts/ComponentVarChart';
import { buildComponentVarData } from '../../charts/risk-data';
import { SelectField, TextField } from '../../shared/fields';
import { CorrelationTable, LoadedEstimates } from './EstimatesView';
import { HistoryImport } from './HistoryImport';
import { MonteCarloView } from './MonteCarloView';
import { installBenchHook } from './bench-hook';
import { buildRiskModel, chooseMicroHedge, microHedges, RiskModelMessages } from './risk-inputs';
import type { RiskModelResult } from './risk-inputs';
import { ComponentVarTable, RiskTable, riskColumns } from './RiskTable';
import { SameCostMacroView } from './SameCostMacroView';
import './risk.css';

installBenchHook();

const HORIZONS = [
  { value: '1', label: '1 trading day' },
  { value: '10', label: '10 trading days' },
  { value: '21', label: '1 month (21 trading days)' },
  { value: '63', label: '3 months (63 trading days)' },
  { value: 'tenor', label: 'The hedge’s tenor' },
] as const satisfies readonly { value: RiskHorizon; label: string }[];
type HorizonKey = RiskHorizon;

function horizonOf(key: HorizonKey, tenorYears: number | null): { years: number; label: string } {
  if (key === 'tenor' && tenorYears !== null && tenorYears > 0) return { years: tenorYears, label: `${Math.round(tenorYears * 365)} calendar days` };
  const days = key === 'tenor' ? 10 : Number(key);
  return { years: days / 252, label: days === 1 ? '1 trading day' : `${days} trading days` };
}

export interface RiskPanelProps {
  /** The stock-mode result and the scenario it came from, as of the last pause in typing. */
  readonly result: ModeResult;
  readonly scenario: Scenario;
}

export default function RiskPanel({ result, scenario }: RiskPanelProps) {
  // The panel's own fields echo every keystroke; the model below follows `scenario` (settled).
  const correlationText = useScenarioStore((s) => s.portfolio.correlation);
  const indexVolText = useScenarioStore((s) => s.portfolio.indexVol);
  const selectHedge = useScenarioStore((s) => s.selectHedge);
  const setPortfolioField = useScenarioStore((s) => s.setPortfolioField);
  const setCorrelation = useCallback((text: string) => setPortfolioField('correlation', text), [setPortfolioField]);
  const setIndexVol = useCallback((text: string) => setPortfolioField('indexVol', text), [setPortfolioField]);
  // The horizon is part of the scenario (saved, and carried by a share link).
  const horizonKey = useScenarioStore((s) => s.portfolio.riskHorizon);
  const setHorizonKey = useCallback((key: HorizonKey) => setPortfolioField('riskHorizon', key), [setPortfolioField]);
  // Accepting the nearest consistent correlations is part of the scenario too (saved, and in a link).
  const useNearest = useScenarioStore((s) => s.portfolio.nearestCorrelation);
  const setUseNearest = useCallback((on: boolean) => setPortfolioField('nearestCorrelation', on), [setPortfolioField]);

  const micro = microHedges(result);
  const hedge = chooseMicroHedge(result, scenario.prefs.selectedHedge);
  const horizon = horizonOf(horizonKey, result.horizonYears);
  const targetName = scenario.portfolio.holdings.find((h) => h.id === scenario.portfolio.targetId)?.name ?? '';

  const typed: RiskModelResult = useMemo(() => buildRiskModel(scenario, result, hedge, horizon.years, null), [scenario, result, hedge, horizon.years]);
  const typedReport: Result<RiskReport> | NotPsdFailure | null = useMemo(() => (typed.ok ? buildRiskReport(typed.value.input) : null), [typed]);
  // The nearest matrix follows from the typed inputs (Higham 2002), so it is recomputed, never stored.
  const matrix = useNearest && typedReport !== null && !typedReport.ok && 'nearest' in typedReport ? (typedReport as NotPsdFailure).nearest : null;
  const model: RiskModelResult = useMemo(() => (matrix === null ? typed : buildRiskModel(scenario, result, hedge, horizon.years, matrix)), [typed, matrix, scenario, result, hedge, horizon.years]);
  const report: Result<RiskReport> | NotPsdFailure | null = useMemo(() => (matrix === null ? typedReport : model.ok ? buildRiskReport(model.value.input) : null), [matrix, typedReport, model]);
  const microName = hedge ? `Micro: ${hedge.name}` : 'Micro hedge';
  const componentData = useMemo(() => {
    if (report === null || !report.ok) return null;
    const r = report.value;
    return buildComponentVarData(r.labels, [
      { key: 'unhedged', name: 'Unhedged', values: r.unhedged.componentVar95 },
      { key: 'micro', name: microName, values: r.micro.componentVar95 },
      { key: 'macro', name: 'Macro: index futures', values: r.macro.componentVar95 },
    ]);
  }, [report, microName]);

  return (
    <section className="panel risk-panel" aria-labelledby="risk-h">
      <h2 id="risk-h">Portfolio risk: micro vs macro</h2>
      <p className="hint">What the micro hedge of {targetName || 'the target'} does to the whole portfolio, next to the macro alternative: an index-futures hedge of the portfolio&apos;s beta.</p>
      <HistoryImport targetName={targetName} />
      <LoadedEstimates />

      <section className="risk-section" aria-labelledby="risk-before-after-h">
        <h3 id="risk-before-after-h">Before and after</h3>
        <div className="field-grid">
          <SelectField
            label="Micro hedge"
            value={hedge?.id ?? ''}
            options={micro.length > 0 ? micro.map((h) => ({ value: h.id, label: h.name })) : [{ value: '', label: 'None available' }]}
            onChange={(id) => id && selectHedge(id)}
          />
          <SelectField<HorizonKey> label="Risk horizon" value={horizonKey} options={HORIZONS} onChange={setHorizonKey} />
          <TextField
            label="Average correlation between holdings"
            value={correlationText}
            onChange={setCorrelation}
            hint="From −1 to 1; used for every pair of holdings."
            error={model.ok ? undefined : model.messages.find((m) => m === RiskModelMessages.correlation)}
          />
          <TextField
            label="Index volatility"
            unit="% a year"
            value={indexVolText}
            onChange={setIndexVol}
            error={model.ok ? undefined : model.messages.find((m) => m === RiskModelMessages.indexVol)}
          />
        </div>
        {!model.ok ? (
          model.messages.filter((m) => m !== RiskModelMessages.correlation && m !== RiskModelMessages.indexVol).map((m) => (
            <p key={m} role="alert" className="field-error">
              {m}
            </p>
          ))
        ) : report !== null && !report.ok && !('nearest' in report) ? (
          report.errors.slice(0, 5).map((e) => (
            <p key={e.field + e.message} role="alert" className="field-error">
              {e.message}
            </p>
          ))
        ) : report !== null && !report.ok ? (
          <NotPsd failure={report as NotPsdFailure} labels={model.value.input.positions.map((p) => p.label ?? '')} onAccept={() => setUseNearest(true)} />
        ) : report !== null && report.ok && componentData !== null ? (
          <>
            <p className="hint">{model.value.microNote}</p>
            {matrix !== null ? (
              <p className="hint">
                Using the nearest consistent correlation matrix.{' '}
                <button type="button" onClick={() => setUseNearest(false)}>
                  Go back to the typed correlation
                </button>
              </p>
            ) : null}
            {report.value.warnings.map((w) => (
              <p key={w} className="warning">
                {w}
              </p>
            ))}
            <div className="risk-two risk-two--wide-first">
              <RiskTable columns={riskColumns(report.value, microName)} currency={model.value.currency} horizonLabel={horizon.label} totalValue={model.value.input.positions.reduce((s, p) => s + p.value, 0)} />
              <div>
                <h4>Which position carries the risk (component VaR 95 %)</h4>
                <ComponentVarChart data={componentData} currency={model.value.currency} confidence={0.95} />
                <details className="payoff-table">
                  <summary>Show component VaR as a table</summary>
                  <ComponentVarTable data={componentData} currency={model.value.currency} />
                </details>
              </div>
            </div>
            <SameCostMacroView scenario={scenario} result={result} hedge={hedge} indexVolAnnual={model.value.input.index.volAnnual} targetName={targetName} currency={model.value.currency} />
            <MonteCarloView model={model.value} report={report.value} names={['Unhedged', microName, 'Macro: index futures']} horizonLabel={horizon.label} />
          </>
        ) : null}
      </section>
    </section>
  );
}

function NotPsd({ failure, labels, onAccept }: { readonly failure: NotPsdFailure; readonly labels: readonly string[]; readonly onAccept: () => void }) {
  return (
    <div className="warning">
      <p role="alert">{failure.errors[0]?.message}</p>
      <CorrelationTable symbols={labels} matrix={failure.nearest} caption="Nearest consistent correlation matrix" />
      <button type="button" className="primary" onClick={onAccept}>
        Use the nearest consistent correlations
      </button>
    </div>
  );
}
