import type { HedgePlan } from '../../../engine';
import { buildMoveTable } from '../../../engine';
import { formatMoney, formatPercent, formatPrice } from '../../shared/format';

interface Props {
  readonly plan: HedgePlan;
  readonly currency: string;
}

/**
 * What a move of the plan's own axis does, with and without the hedge: ±20 % of the price, FX rate
 * or index level, or ±1 point of a rate. The rows come from the plan's axis, so a hedge whose payoff
 * is on an index level is never valued at the stock's price.
 */
export function MoveTable({ plan, currency }: Props) {
  const axis = plan.axis;
  const relative = axis.moves === 'relative';
  const rows = buildMoveTable(plan);
  const isRate = axis.kind === 'rate' || axis.kind === 'yield-shift';
  return (
    <div className="table-scroll">
      <table className="moves">
        <caption>{isRate ? `Interest with and without the hedge as the ${axis.label.toLowerCase()} moves` : `Value at the horizon with and without the hedge as the ${axis.label.toLowerCase()} moves`}</caption>
        <thead>
          <tr>
            <th scope="col">Move</th>
            <th scope="col">{axis.label}</th>
            <th scope="col">Without the hedge</th>
            <th scope="col">With the hedge</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.move}>
              <td>{relative ? `${sign(r.move)}${formatPercent(Math.abs(r.move), 0)}` : `${sign(r.move)}${Math.abs(r.move * 100).toFixed(2)} points`}</td>
              <td>{isRate ? formatPercent(r.x, 3) : formatPrice(r.x)}</td>
              <td>{formatMoney(r.unhedged, currency)}</td>
              <td>{formatMoney(r.hedged, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function sign(m: number): string {
  return m > 0 ? '+' : m < 0 ? '−' : '±';
}
