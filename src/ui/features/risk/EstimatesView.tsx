/**
 * Estimates from the loaded history: volatilities, correlations and betas; the minimum-variance
 * hedge ratio of the target on the hedge asset with its uncertainty; the effectiveness tests of
 * that hedge over the history; and one button that writes them into the calculator's fields.
 */
import { useMemo, useState } from 'react';
import type { ReturnKind } from '../../../engine';
import type { AlignedHistory } from '../../../engine';
import { useScenarioStore } from '../../../state/store';
import { SelectField } from '../../shared/fields';
import { formatNumber, formatPercent } from '../../shared/format';
import type { EstimateChoices, HistoryEstimates } from './estimates-data';
import { buildHistoryEstimates, estimatesToFields } from './estimates-data';

const RETURN_OPTIONS = [
  { value: 'log', label: 'Log returns' },
  { value: 'simple', label: 'Simple returns' },
] as const;

const num = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : formatNumber(x, { maximumFractionDigits: digits, minimumFractionDigits: digits }));

export function EstimatesView({ history, choices, onChoices }: { readonly history: AlignedHistory; readonly choices: EstimateChoices; readonly onChoices: (c: EstimateChoices) => void }) {
  const est = useMemo(() => buildHistoryEstimates(history, choices), [history, choices]);
  const symbolOptions = useMemo(() => history.symbols.map((s) => ({ value: s, label: s })), [history]);
  const indexOptions = useMemo(() => [{ value: '', label: 'None' }, ...symbolOptions], [symbolOptions]);
  const set = (patch: Partial<EstimateChoices>) => onChoices({ ...choices, ...patch });
  return (
    <section className="risk-section" aria-labelledby="risk-estimates-h">
      <h3 id="risk-estimates-h">Estimates from the history</h3>
      <div className="field-grid">
        <SelectField<ReturnKind> label="Returns" value={choices.returns} options={RETURN_OPTIONS} onChange={(returns) => set({ returns })} />
        <SelectField label="Index for betas" value={choices.index} options={indexOptions} onChange={(index) => set({ index })} />
        <SelectField label="Target (the position to hedge)" value={choices.target} options={symbolOptions} onChange={(target) => set({ target })} />
        <SelectField label="Hedge asset" value={choices.hedge} options={symbolOptions} onChange={(hedge) => set({ hedge })} />
      </div>
      {est.messages.map((m) => (
        <p key={m} role="alert" className="field-error">
          {m}
        </p>
      ))}
      {est.market ? (
        <>
          <p className="hint">
            {formatNumber(est.market.observations, { maximumFractionDigits: 0 })} {est.market.frequency.name} returns ({est.market.returnKind}), annualized with {est.market.frequency.periodsPerYear} periods a year.
          </p>
          {est.market.warnings.map((w) => (
            <p key={w} className="warning">
              {w}
            </p>
          ))}
          <div className="risk-two">
            <AssetTable est={est} />
            <CorrelationTable symbols={history.symbols} matrix={est.market.correlation} caption="Correlation of returns" />
          </div>
        </>
      ) : null}
      <HedgeRatioView est={est} choices={choices} />
      <UseEstimates est={est} choices={choices} />
    </section>
  );
}

function AssetTable({ est }: { readonly est: HistoryEstimates }) {
  const market = est.market;
  if (!market) return null;
  return (
    <div className="table-scroll" role="region" aria-label="Volatility and beta table" tabIndex={0}>
      <table>
        <caption>Volatility and beta{market.indexSymbol ? ` against ${market.indexSymbol}` : ''}</caption>
        <thead>
          <tr>
            <th scope="col">Asset</th>
            <th scope="col">Volatility (annual)</th>
            <th scope="col">Beta</th>
            <th scope="col">Mean return (annual)</th>
          </tr>
        </thead>
        <tbody>
          {market.assets.map((a) => (
            <tr key={a.symbol}>
              <th scope="row">{a.symbol}</th>
              <td>{formatPercent(a.volAnnual, 1)}</td>
              <td>{num(a.beta)}</td>
              <td>{formatPercent(a.meanAnnual, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CorrelationTable({ symbols, matrix, caption }: { readonly symbols: readonly string[]; readonly matrix: readonly (readonly number[])[]; readonly caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="risk-matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {symbols.map((s) => (
              <th key={s} scope="col">
                {s}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {symbols.map((s, i) => (
            <tr key={s}>
              <th scope="row">{s}</th>
              {symbols.map((t, j) => (
                <td key={t}>{num(matrix[i]?.[j])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const pass = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? 'Pass' : 'Fail');

function HedgeRatioView({ est, choices }: { readonly est: HistoryEstimates; readonly choices: EstimateChoices }) {
  const h = est.hedgeRatio;
  if (h === null) return null;
  const e = est.effectiveness;
  return (
    <div className="risk-two">
      <div>
        <h4>
          Minimum-variance hedge ratio of {choices.target} on {choices.hedge}
        </h4>
        <dl className="figures">
          <div className="figure">
            <dt>h* (units of {choices.hedge} per unit of {choices.target})</dt>
            <dd>{num(h.hedgeRatio, 3)}</dd>
          </div>
          <div className="figure">
            <dt>95 % confidence interval</dt>
            <dd>
              {num(h.ciLow, 3)} to {num(h.ciHigh, 3)}
            </dd>
          </div>
          <div className="figure">
            <dt>Standard error</dt>
            <dd>{num(h.slopeStdError, 3)}</dd>
          </div>
          <div className="figure">
            <dt>R² (hedge effectiveness)</dt>
            <dd>{num(h.r2, 3)}</dd>
          </div>
          <div className="figure">
            <dt>Correlation of price changes</dt>
            <dd>{num(h.correlation)}</dd>
          </div>
          <div className="figure">
            <dt>Periods</dt>
            <dd>{formatNumber(h.n, { maximumFractionDigits: 0 })}</dd>
          </div>
        </dl>
        <p className="hint">Least squares of the target&apos;s price changes on the hedge&apos;s (Hull, h* = ρ·σS/σF); the interval uses Student&apos;s t with n − 2 degrees of freedom.</p>
        {h.rolling ? (
          <p className="hint">
            Rolling {h.rolling.window}-period correlation ranged from {num(h.rolling.min)} to {num(h.rolling.max)}.
          </p>
        ) : null}
        {h.warning ? (
          <p className="warning" role="note">
            {h.warning}
          </p>
        ) : null}
      </div>
      {e ? (
        <div className="table-scroll" role="region" aria-label="Effectiveness tests table" tabIndex={0}>
          <table>
            <caption>Effectiveness of a short h* hedge over this history</caption>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col">Result</th>
                <th scope="col">Needed</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Dollar offset</th>
                <td>{e.dollarOffset.ratio === null ? '—' : formatPercent(e.dollarOffset.ratio, 1)}</td>
                <td>80 % to 125 %</td>
                <td>{pass(e.dollarOffset.passes)}</td>
              </tr>
              <tr>
                <th scope="row">Regression R²</th>
                <td>{num(e.regression?.r2, 3)}</td>
                <td>≥ 0.80</td>
                <td>{pass(e.regression ? e.regression.r2 >= 0.8 : undefined)}</td>
              </tr>
              <tr>
                <th scope="row">Regression slope</th>
                <td>{num(e.regression?.slope, 3)}</td>
                <td>−1.25 to −0.80</td>
                <td>{pass(e.regression ? e.regression.slope <= -0.8 && e.regression.slope >= -1.25 : undefined)}</td>
              </tr>
              <tr>
                <th scope="row">Variance reduction</th>
                <td>{e.varianceReduction ? formatPercent(e.varianceReduction.reduction, 1) : '—'}</td>
                <td>≥ 80 %</td>
                <td>{pass(e.varianceReduction?.passes)}</td>
              </tr>
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Highly effective</th>
                <td colSpan={3}>{e.highlyEffective ? 'Yes' : 'No'}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      ) : null}
    </div>
  );
}

function UseEstimates({ est, choices }: { readonly est: HistoryEstimates; readonly choices: EstimateChoices }) {
  const targetId = useScenarioStore((s) => s.portfolio.targetId);
  const targetName = useScenarioStore((s) => s.portfolio.holdings.find((h) => h.id === s.portfolio.targetId)?.name ?? 'the target');
  const setHolding = useScenarioStore((s) => s.setHolding);
  const setField = useScenarioStore((s) => s.setField);
  const setPortfolioField = useScenarioStore((s) => s.setPortfolioField);
  const [done, setDone] = useState('');
  const writes = estimatesToFields(est, choices);
  const apply = () => {
    for (const w of writes) {
      if (w.place === 'holding' && w.field !== 'indexVol') setHolding(targetId, w.field, w.text);
      else if (w.place === 'stock') setField('stock', w.field, w.text);
      else if (w.field === 'indexVol') setPortfolioField('indexVol', w.text);
    }
    setDone(`Written for ${targetName}: ${writes.map((w) => w.label).join(', ')}.`);
  };
  return (
    <div className="risk-use">
      <button type="button" className="primary" onClick={apply} disabled={writes.length === 0} aria-describedby="risk-use-hint">
        Use these estimates
      </button>
      <p id="risk-use-hint" className="hint">
        Writes {choices.target || 'the target'}&apos;s volatility and beta into {targetName}, {choices.hedge || 'the hedge asset'}&apos;s correlation and volatility into the proxy hedge, and the index volatility.
      </p>
      <p role="status" aria-live="polite" className="risk-status">
        {done}
      </p>
    </div>
  );
}
