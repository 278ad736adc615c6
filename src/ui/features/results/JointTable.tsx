import type { CombinedLeg } from '../../../calc/combined';
import type { JointScenarios } from '../../../engine';
import { describeFactorMove } from '../../charts/combined-data';
import { formatMoney } from '../../shared/format';

interface Props {
  readonly legs: readonly CombinedLeg[];
  readonly joint: JointScenarios;
  readonly currency: string;
}

/**
 * The named joint moves: every leg's own risk factor moves by its stated step (in the direction
 * that hurts its position), and the legs' results add up at that one point.
 */
export function JointTable({ legs, joint, currency }: Props) {
  const money = (v: number | undefined) => (v === undefined ? '—' : formatMoney(v, currency));
  return (
    <div className="table-scroll" role="region" aria-label="Joint moves" tabIndex={0}>
      <table className="joint">
        <caption>Change in value from today ({currency}) when every risk factor moves at once</caption>
        <thead>
          <tr>
            <th scope="col">Joint move</th>
            <th scope="col">Each factor</th>
            <th scope="col">Unhedged, all positions</th>
            {legs.map((l) => (
              <th scope="col" key={`${l.mode}-${l.kind}`}>
                {l.name} alone
              </th>
            ))}
            <th scope="col">With every leg</th>
          </tr>
        </thead>
        <tbody>
          {joint.rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>{joint.factors.map((f, fi) => describeFactorMove(f.axis.label, f.axis.moves, f.axis.today, r.x[fi]!)).join('; ')}</td>
              <td>{money(r.unhedged)}</td>
              {legs.map((l, i) => (
                <td key={`${l.mode}-${l.kind}`}>{money(r.hedge[i])}</td>
              ))}
              <td>
                <strong>{money(r.hedged)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
