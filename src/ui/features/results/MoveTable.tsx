import { buildMoveTable } from '../../../engine';
import type { AxisKind, HedgePlan } from '../../../engine';
import { formatMoney, formatPercent, formatPrice } from '../../shared/format';

interface Props {
  readonly plan: HedgePlan;
  readonly currency: string;
}

/** Column heading of the moved quantity, by the plan's own axis. */
const AXIS_NAMES: Readonly<Record<AxisKind, string>> = {
  price: 'Price',
  'fx-rate': 'Spot rate',
  rate: 'Rate',
  'yield-shift': 'Yield shift',
  'index-level': 'Index level',
};

/** What a move of the plan's x (±20 % of a price or level, ±1 point of a rate) does, with and without the hedge. */
export function MoveTable({ plan, currency }: Props) {
  const isRate = plan.axis.moves === 'absolute';
  const xName = AXIS_NAMES[plan.axis.kind];
  const rows = buildMoveTable(plan);
  return (
    <div className="table-scroll">
      <table className="moves">
        <caption>{isRate ? 'Interest with and without the hedge as the rate moves' : `Value at the horizon with and without the hedge as the ${xName.toLowerCase()} moves`}</caption>
        <thead>
          <tr>
            <th scope="col">Move</th>
            <th scope="col">{xName}</th>
            <th scope="col">Without the hedge</th>
            <th scope="col">With the hedge</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.move}>
              <td>{isRate ? `${r.move > 0 ? '+' : r.move < 0 ? '−' : '±'}${Math.abs(r.move * 100).toFixed(2)} points` : `${r.move > 0 ? '+' : r.move < 0 ? '−' : '±'}${formatPercent(Math.abs(r.move), 0)}`}</td>
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
