import type { HedgePlan } from '../../../engine/hedges/plan';
import { formatMoney, formatPercent, formatPrice } from '../../shared/format';

interface Props {
  readonly plan: HedgePlan;
  readonly spot: number;
  readonly xIsRate: boolean;
  readonly currency: string;
  /** Column heading of the moved quantity: "Price", "Spot rate", "Rate". */
  readonly xName: string;
}

const PRICE_MOVES = [-0.2, -0.1, 0, 0.1, 0.2] as const;
const RATE_MOVES = [-0.01, -0.005, 0, 0.005, 0.01] as const;

/** What a move of the price (±20 %) or of the rate (±1 point) does, with and without the hedge. */
export function MoveTable({ plan, spot, xIsRate, currency, xName }: Props) {
  const rows = (xIsRate ? RATE_MOVES : PRICE_MOVES).map((m) => {
    const x = xIsRate ? spot + m : spot * (1 + m);
    return { m, x, unhedged: plan.payoff.unhedged(x), hedged: plan.payoff.hedged(x) };
  });
  return (
    <div className="table-scroll">
      <table className="moves">
        <caption>{xIsRate ? 'Interest with and without the hedge as the rate moves' : `Value at the horizon with and without the hedge as the ${xName.toLowerCase()} moves`}</caption>
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
            <tr key={r.m}>
              <td>{xIsRate ? `${r.m > 0 ? '+' : r.m < 0 ? '−' : '±'}${Math.abs(r.m * 100).toFixed(2)} points` : `${r.m > 0 ? '+' : r.m < 0 ? '−' : '±'}${formatPercent(Math.abs(r.m), 0)}`}</td>
              <td>{xIsRate ? formatPercent(r.x, 3) : formatPrice(r.x)}</td>
              <td>{formatMoney(r.unhedged, currency)}</td>
              <td>{formatMoney(r.hedged, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
