/**
 * The minimum-variance hedge ratio of the target on the hedge asset with its uncertainty, and the
 * effectiveness tests of that hedge over the loaded history.
 */
import { formatNumber, formatPercent } from '../../shared/format';
import type { EstimateChoices, HistoryEstimates } from './estimates-data';

const num = (x: number | null | undefined, digits = 2) => (x === null || x === undefined ? '—' : formatNumber(x, { maximumFractionDigits: digits, minimumFractionDigits: digits }));

const pass = (ok: boolean | undefined) => (ok === undefined ? '—' : ok ? 'Pass' : 'Fail');

export function HedgeRatioView({ est, choices, caveat }: { readonly est: HistoryEstimates; readonly choices: EstimateChoices; readonly caveat: string | null }) {
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
            <dd>
              {num(h.hedgeRatio, 3)}
              {caveat ? <small className="risk-caveat risk-caveat--figure"> ({caveat})</small> : null}
            </dd>
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

