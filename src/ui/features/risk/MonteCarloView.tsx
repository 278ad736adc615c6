/**
 * Monte Carlo of the portfolio P/L unhedged, with the micro hedge (options revalued exactly) and
 * with the macro hedge, in a Web Worker with progress and cancel; VaR/ES beside the parametric
 * figures, and the histogram of P/L unhedged vs hedged with its table alternative.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RiskReport, ScenarioRisk } from '../../../engine';
import HistogramChart from '../../charts/HistogramChart';
import { buildHistogramData } from '../../charts/risk-data';
import { SelectField } from '../../shared/fields';
import { formatMoney, formatNumber, formatPercent } from '../../shared/format';
import type { McDone } from '../../../workers/protocol';
import type { RiskModel } from './risk-inputs';
import { buildMcRequest } from './risk-inputs';
import type { McHandle } from './workers-client';
import { startMonteCarlo } from './workers-client';

const PATH_OPTIONS = [
  { value: '10000', label: '10,000' },
  { value: '100000', label: '100,000' },
  { value: '1000000', label: '1,000,000' },
] as const;
const MODEL_OPTIONS = [
  { value: 'lognormal', label: 'Lognormal prices' },
  { value: 'normal', label: 'Normal returns (as the parametric figures)' },
] as const;
type PathsText = (typeof PATH_OPTIONS)[number]['value'];
type ModelName = (typeof MODEL_OPTIONS)[number]['value'];

type Run =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly result: McDone; readonly key: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly message: string };

let nextId = 1;

export interface MonteCarloViewProps {
  readonly model: RiskModel;
  readonly report: RiskReport;
  readonly names: readonly [string, string, string];
  readonly horizonLabel: string;
}

export function MonteCarloView({ model, report, names, horizonLabel }: MonteCarloViewProps) {
  const [paths, setPaths] = useState<PathsText>('100000');
  const [priceModel, setPriceModel] = useState<ModelName>('lognormal');
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const handle = useRef<McHandle | null>(null);
  const key = `${JSON.stringify(model.input)}|${model.plan.label}|${paths}|${priceModel}`;
  useEffect(() => () => handle.current?.cancel(), []);

  const start = () => {
    handle.current?.cancel();
    const id = nextId++;
    const request = buildMcRequest(model, report, { id, paths: Number(paths), seed: 20240501, model: priceModel, bins: 60, names });
    const total = request.paths * request.scenarios.length;
    setRun({ kind: 'running', done: 0, total });
    handle.current = startMonteCarlo(request, {
      onProgress: (done, all) => setRun({ kind: 'running', done, total: all }),
      onDone: (result) => {
        handle.current = null;
        setRun({ kind: 'done', result, key });
      },
      onCancelled: () => {
        handle.current = null;
        setRun({ kind: 'cancelled' });
      },
      onError: (message) => {
        handle.current = null;
        setRun({ kind: 'error', message });
      },
    });
  };
  const cancel = () => handle.current?.cancel();
  const running = run.kind === 'running';
  const status =
    run.kind === 'running'
      ? `Simulating: ${formatPercent(run.done / Math.max(run.total, 1), 0)} of ${formatNumber(run.total, { maximumFractionDigits: 0 })} scenario paths.`
      : run.kind === 'done'
        ? `Done: ${formatNumber(run.result.results[0]?.summary.paths ?? 0, { maximumFractionDigits: 0 })} paths per scenario in ${formatNumber(run.result.elapsedMs / 1000, { maximumFractionDigits: 2 })} s.`
        : run.kind === 'cancelled'
          ? 'The simulation was cancelled.'
          : run.kind === 'error'
            ? ''
            : 'Not run yet.';

  return (
    <section className="risk-section" aria-labelledby="risk-mc-h">
      <h3 id="risk-mc-h">Monte Carlo</h3>
      <p className="hint">
        Correlated scenarios (Cholesky factor of the correlations) over {horizonLabel}; {model.plan.kind === 'cross' || model.input.micro.kind === 'cross' ? 'the proxy hedge is linear' : 'option hedges are revalued with the pricing engine at the horizon'}. All three portfolios see the same scenarios.
      </p>
      <div className="field-grid">
        <SelectField<PathsText> label="Paths" value={paths} options={PATH_OPTIONS} onChange={setPaths} />
        <SelectField<ModelName> label="Price model" value={priceModel} options={MODEL_OPTIONS} onChange={setPriceModel} />
      </div>
      <div className="toolbar risk-mc-controls">
        <button type="button" className="primary" onClick={start} disabled={running}>
          Run Monte Carlo
        </button>
        <button type="button" onClick={cancel} disabled={!running}>
          Cancel
        </button>
        <label className="risk-progress">
          Simulation progress
          <progress max={run.kind === 'running' ? run.total : 1} value={run.kind === 'running' ? run.done : run.kind === 'done' ? 1 : 0} />
        </label>
      </div>
      <p role="status" aria-live="polite" className="risk-status">
        {status}
      </p>
      {run.kind === 'error' ? (
        <p role="alert" className="field-error">
          {run.message}
        </p>
      ) : null}
      {run.kind === 'done' ? <McResults result={run.result} stale={run.key !== key} report={report} currency={model.currency} horizonLabel={horizonLabel} /> : null}
    </section>
  );
}

function McResults({ result, stale, report, currency, horizonLabel }: { readonly result: McDone; readonly stale: boolean; readonly report: RiskReport; readonly currency: string; readonly horizonLabel: string }) {
  const parametric: readonly ScenarioRisk[] = [report.unhedged, report.micro, report.macro];
  const histogram = useMemo(() => buildHistogramData(result.histogram, [result.results[0]?.name ?? 'Unhedged', result.results[1]?.name ?? 'Hedged']), [result]);
  const money = (x: number) => formatMoney(x, currency);
  return (
    <div>
      {stale ? (
        <p className="warning" role="note">
          These results are for earlier inputs: run again to update them.
        </p>
      ) : null}
      <div className="risk-stack">
        <div className="table-scroll" role="region" aria-label="Monte Carlo table" tabIndex={0}>
          <table className="risk-table">
            <caption>Monte Carlo vs parametric, {horizonLabel} (losses positive)</caption>
            <thead>
              <tr>
                <th scope="col">Portfolio</th>
                <th scope="col">VaR 95 %</th>
                <th scope="col">ES 95 %</th>
                <th scope="col">VaR 99 %</th>
                <th scope="col">ES 99 %</th>
              </tr>
            </thead>
            <tbody>
              {result.results.map((r, i) => {
                const p = parametric[i];
                const [l95, l99] = r.summary.levels;
                return (
                  <tr key={r.name}>
                    <th scope="row">{r.name}</th>
                    <td>
                      {money(l95?.valueAtRisk ?? NaN)}
                      <br />
                      <small className="hint">parametric {money(p?.var95 ?? NaN)}</small>
                    </td>
                    <td>
                      {money(l95?.expectedShortfall ?? NaN)}
                      <br />
                      <small className="hint">parametric {money(p?.es95 ?? NaN)}</small>
                    </td>
                    <td>
                      {money(l99?.valueAtRisk ?? NaN)}
                      <br />
                      <small className="hint">parametric {money(p?.var99 ?? NaN)}</small>
                    </td>
                    <td>
                      {money(l99?.expectedShortfall ?? NaN)}
                      <br />
                      <small className="hint">parametric {money(p?.es99 ?? NaN)}</small>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className="hint">
            For positions that are linear in prices the two agree within sampling error; option hedges differ because the Monte Carlo values them exactly, not by their delta.
          </p>
        </div>
        <div>
          <h4>Distribution of portfolio P/L</h4>
          <HistogramChart data={histogram} currency={currency} />
          <details className="payoff-table">
            <summary>Show the histogram as a table</summary>
            <div className="payoff-table-scroll" role="region" aria-label="Histogram table" tabIndex={0}>
              <table>
                <caption>Share of paths by P/L bin</caption>
                <thead>
                  <tr>
                    <th scope="col">P/L from</th>
                    <th scope="col">to</th>
                    <th scope="col">{histogram.names[0]}</th>
                    <th scope="col">{histogram.names[1]}</th>
                  </tr>
                </thead>
                <tbody>
                  {histogram.rows.map((row) => (
                    <tr key={row.from}>
                      <td>{money(row.from)}</td>
                      <td>{money(row.to)}</td>
                      <td>{formatPercent(row.a, 2)}</td>
                      <td>{formatPercent(row.b, 2)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      </div>
    </div>
  );
}
