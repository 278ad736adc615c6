import type { HedgeResult } from '../../../calc/types';
import { Explain } from '../../shared/Explain';
import { GreeksTable } from './GreeksTable';
import { LedgerTable } from './LedgerTable';
import { MoveTable } from './MoveTable';
import { planFigures } from './figures';
import { KindTables } from './KindTables';

interface Props {
  readonly hedge: HedgeResult;
  readonly currency: string;
  readonly children?: React.ReactNode;
}

/** One hedge in full: headline figures with their explanations, residual risk, ledger, moves, chart. */
export function PlanDetail({ hedge, currency, children }: Props) {
  const plan = hedge.plan;
  if (plan === null) {
    return (
      <section className="panel" aria-labelledby="detail-title">
        <h2 id="detail-title">{hedge.name}</h2>
        <p role="alert" className="field-error">
          {hedge.errors.join(' ') || 'This hedge is not available for these inputs.'}
        </p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="detail-title">
      <h2 id="detail-title">{hedge.name}</h2>
      <p>{plan.label}</p>
      {hedge.warnings.map((w) => (
        <p key={w} className="warning hedge-warning" role="note">
          {w}
        </p>
      ))}
      <dl className="figures">
        {planFigures(hedge, plan).map((f, i) => (
          <div className="figure" key={`${f.label}-${i}`}>
            <dt>
              {f.label}
              {hedge.explanations[f.key] ? <Explain explanation={hedge.explanations[f.key]!} /> : null}
            </dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>Residual risk: </strong>
        {plan.residualRisk.description}
      </p>
      {hedge.tables && hedge.tables.length > 0 ? <KindTables tables={hedge.tables} currency={currency} /> : null}
      <ul className="legs">
        {plan.legs.map((l, i) => (
          <li key={i}>
            {l.side === 'buy' ? 'Buy' : 'Sell'} {l.contracts} × {l.instrument}
          </li>
        ))}
      </ul>
      <LedgerTable ledger={plan.ledger} />
      {hedge.greeks ? <GreeksTable greeks={hedge.greeks} currency={currency} /> : null}
      <MoveTable plan={plan} currency={currency} />
      {children}
    </section>
  );
}
