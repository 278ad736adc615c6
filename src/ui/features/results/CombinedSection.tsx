/**
 * The combined hedge: the legs the user added (from any tab), one ledger with every cost line of
 * every leg, the named joint moves and the combined payoff. Its own lazily loaded chunk.
 */
import { useMemo } from 'react';
import type { CombinedResult } from '../../../calc/combined';
import type { Mode } from '../../../state/scenario';
import { CombinedChart } from './CombinedChart';
import { CombinedLedger, describeConversion } from './CombinedLedger';
import { JointRatesNote } from './JointRatesNote';
import { JointTable } from './JointTable';
import './results-combined.css';

export interface CombinedSectionProps {
  /** The combined hedge as calculated from the scenario. */
  readonly result: CombinedResult;
  /** Takes a leg out of the combined hedge. */
  readonly onRemove: (mode: Mode, kind: string) => void;
}

export function CombinedSection({ result, onRemove }: CombinedSectionProps) {
  const summed = useMemo(() => result.legs.filter((l) => l.plan !== null), [result]);
  const legNames = useMemo(() => summed.map((l) => l.name), [summed]);
  if (result.legs.length === 0) return null;
  const currency = result.plan?.ledger.currency ?? result.home;
  return (
    <section className="panel combined" aria-labelledby="combined-title">
      <h2 id="combined-title">Combined hedge</h2>
      <p className="hint">
        Hedges added from any tab, held together, in {result.home}: a hedge in another currency is converted at the rate typed under the
        portfolio's currencies.  Legs on different risk factors (a stock price, a rate, an exchange rate) add up only when
        every factor takes a stated move at once: the table and chart below move each leg's own factor by a stated step.
      </p>
      <ul className="combined-legs" aria-label="Legs of the combined hedge">
        {result.legs.map((leg) => (
          <li key={`${leg.mode}-${leg.kind}`}>
            <span>
              <strong>{leg.name}</strong>{' '}
              ({leg.modeTitle}){leg.plan ? <>: {leg.plan.label}</> : null}
              {leg.conversion ? <span className="leg-conversion">; {describeConversion(leg, result.home)}</span> : null}
            </span>
            <button type="button" onClick={() => onRemove(leg.mode, leg.kind)} aria-label={`Remove ${leg.name} (${leg.modeTitle}) from the combined hedge`}>
              Remove
            </button>
            {leg.problem ? (
              <span className="leg-problem field-error" role="note">
                Left out of the sums: {leg.problem}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {result.errors.map((e) => (
        <p key={e} role="alert" className="field-error">
          {e}
        </p>
      ))}
      {result.plan && result.joint && result.sweep ? (
        <>
          <CombinedLedger legs={summed} ledger={result.plan.ledger} />
          <h3>Joint moves</h3>
          <JointRatesNote legs={summed} home={currency} />
          <JointTable legs={summed} joint={result.joint} currency={currency} />
          <h3>Combined payoff</h3>
          <CombinedChart sweep={result.sweep} legNames={legNames} currency={currency} />
        </>
      ) : null}
    </section>
  );
}

export default CombinedSection;
