/**
 * Portfolio risk before and after, as a table: unhedged, with the micro hedge, with the
 * index-futures beta hedge, and with the index hedge sized to the micro hedge's variance.
 */
import type { RiskReport, ScenarioRisk } from '../../../engine';
import type { ComponentVarData } from '../../charts/risk-data';
import { formatMoney, formatNumber, formatPercent } from '../../shared/format';

export interface RiskColumn {
  readonly name: string;
  readonly risk: ScenarioRisk | null;
  readonly notional: number | null;
}

/** The four columns of the report, named for the table and the Monte Carlo. */
export function riskColumns(report: RiskReport, microName: string): RiskColumn[] {
  return [
    { name: 'Unhedged', risk: report.unhedged, notional: null },
    { name: microName, risk: report.micro, notional: null },
    { name: 'Macro: index futures, beta hedge', risk: report.macro, notional: report.macroNotional },
    { name: 'Macro: index futures, same variance', risk: report.macroSameVariance, notional: report.sameVarianceNotional },
  ];
}

interface RowSpec {
  readonly label: string;
  readonly value: (r: ScenarioRisk, c: RiskColumn) => string;
}

export function RiskTable({ columns, currency, horizonLabel, totalValue }: { readonly columns: readonly RiskColumn[]; readonly currency: string; readonly horizonLabel: string; readonly totalValue: number }) {
  const money = (x: number) => formatMoney(x, currency);
  const share = (x: number) => (totalValue !== 0 ? ` (${formatPercent(x / Math.abs(totalValue), 1)})` : '');
  const rows: RowSpec[] = [
    { label: 'Index futures notional', value: (_r, c) => (c.notional === null ? '—' : money(c.notional)) },
    { label: 'Volatility (1 year)', value: (r) => money(r.sigmaAnnual) + share(r.sigmaAnnual) },
    { label: 'VaR 95 %', value: (r) => money(r.var95) },
    { label: 'Expected shortfall 95 %', value: (r) => money(r.es95) },
    { label: 'VaR 99 %', value: (r) => money(r.var99) },
    { label: 'Expected shortfall 99 %', value: (r) => money(r.es99) },
    { label: 'Portfolio beta', value: (r) => (r.beta === null ? '—' : formatNumber(r.beta)) },
  ];
  return (
    <div className="table-scroll" role="region" aria-label="Portfolio risk table" tabIndex={0}>
      <table className="risk-table">
        <caption>Portfolio risk, parametric (normal), over {horizonLabel}; losses positive</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            {columns.map((c) => (
              <th key={c.name} scope="col">
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {columns.map((c) => (
                <td key={c.name}>{c.risk === null ? 'Not reachable' : row.value(c.risk, c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The component VaR chart's table alternative. */
export function ComponentVarTable({ data, currency }: { readonly data: ComponentVarData; readonly currency: string }) {
  return (
    <div className="table-scroll" role="region" aria-label="Component VaR table" tabIndex={0}>
      <table>
        <caption>Component VaR 95 % by position (sums to the portfolio VaR)</caption>
        <thead>
          <tr>
            <th scope="col">Position</th>
            {data.series.map((s) => (
              <th key={s.key} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {data.series.map((s) => (
                <td key={s.key}>{formatMoney(r[s.key], currency)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
