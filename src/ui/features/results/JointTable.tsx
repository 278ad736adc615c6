import type { CombinedLeg } from '../../../calc/combined';
import type { JointScenarios } from '../../../engine';
import { describeFactorMove } from '../../charts/combined-data';
import { formatMoney } from '../../shared/format';
import { axisFormat } from './axis-format';

interface Props {
  readonly legs: readonly CombinedLeg[];
  readonly joint: JointScenarios;
  readonly currency: string;
}

/**
 * The named joint moves, one per column: every leg's own risk factor moves by its stated step (in
 * the direction that hurts its position), and the legs' results add up at that one point.
 */
export function JointTable({ legs, joint, currency }: Props) {
  const money = (v: number | undefined) => (v === undefined ? '—' : formatMoney(v, currency));
  const moneyRow = (label: string, values: readonly (number | undefined)[], strong = false) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      {values.map((v, i) => (
        <td key={joint.rows[i]!.name}>{strong ? <strong>{money(v)}</strong> : money(v)}</td>
      ))}
    </tr>
  );
  return (
    <div className="table-scroll" role="region" aria-label="Joint moves" tabIndex={0}>
      <table className="joint">
        <caption>Change in value from today ({currency}) when every risk factor moves at once</caption>
        <thead>
          <tr>
            <th scope="col">Joint move</th>
            {joint.rows.map((r) => (
              <th scope="col" key={r.name}>
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {joint.factors.map((f, fi) => (
            <tr key={`factor-${fi}`}>
              <th scope="row">{f.axis.label}</th>
              {joint.rows.map((r) => (
                <td key={r.name}>
                  {describeFactorMove('', f.axis.moves, f.axis.today, r.x[fi]!).trim()}
                  <br />({axisFormat(f.axis).formatX(r.x[fi]!)})
                </td>
              ))}
            </tr>
          ))}
          {moneyRow('Unhedged, all positions', joint.rows.map((r) => r.unhedged))}
          {legs.map((l, i) => moneyRow(`${l.name} (${l.modeTitle}): the hedge alone`, joint.rows.map((r) => r.hedge[i])))}
          {moneyRow('With every leg', joint.rows.map((r) => r.hedged), true)}
        </tbody>
      </table>
    </div>
  );
}
