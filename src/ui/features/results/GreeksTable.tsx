import type { PositionGreeks } from '../../../calc/greeks';
import { formatMoney, formatNumber } from '../../shared/format';

interface Props {
  readonly greeks: PositionGreeks;
  readonly currency: string;
}

/** The hedged position's sensitivities beside the unhedged position's, in the units people quote. */
export function GreeksTable({ greeks, currency }: Props) {
  const money = (v: number) => formatMoney(v, currency);
  const rows: readonly [string, string, string][] = [
    ['Delta (units of the underlying)', formatNumber(greeks.quantity, { maximumFractionDigits: 1 }), formatNumber(greeks.delta, { maximumFractionDigits: 1 })],
    ['Gamma (delta change per 1.00 of price)', '0', formatNumber(greeks.gamma, { maximumFractionDigits: 3 })],
    ['Vega (per 1 volatility point)', money(0), money(greeks.vegaPerVolPoint)],
    ['Theta (per calendar day)', money(0), money(greeks.thetaPerDay)],
    ['Rho (per 1 % of rate)', money(0), money(greeks.rhoPerPercent)],
  ];
  return (
    <div className="table-scroll">
      <table className="greeks">
        <caption>Greeks of the position (Hull, ch. 19)</caption>
        <thead>
          <tr>
            <th scope="col">Sensitivity</th>
            <th scope="col">Without the hedge</th>
            <th scope="col">With the hedge</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, without, withHedge]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{without}</td>
              <td>{withHedge}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
