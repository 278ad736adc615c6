import type { AdjustmentAction, AdjustmentQuoteResult, AdjustmentQuotes, Money } from '../../../engine';
import { formatMoneyExact, formatNumber, formatPrice } from '../../shared/format';
import { TextField } from '../../shared/fields';
import type { TrackedHedge } from '../../../state/scenario';
import type { TrackedField } from '../../../state/tracking-slice';
import type { RecordField } from './read-record';

const signed = (m: Money) => (m.amount.isPositive() && !m.amount.isZero() ? `+${formatMoneyExact(m)}` : formatMoneyExact(m));

const TITLES: Readonly<Record<AdjustmentAction, string>> = {
  roll: 'Roll to the next expiry',
  resize: 'Re-size to the position now',
  unwind: 'Unwind (close everything)',
};

function QuoteTable({ action, quote, held, recordLabel }: { readonly action: AdjustmentAction; readonly quote: AdjustmentQuoteResult; readonly held: string; readonly recordLabel: string }) {
  if (!quote.ok) return <p className="hint">{quote.message}</p>;
  const q = quote.value;
  return (
    <table className="tracking-table">
      <caption className="visually-hidden">{`${TITLES[action]}: ${recordLabel}`}</caption>
      <tbody>
        <tr><th scope="row">Contracts</th><td>{`${held} → ${formatNumber(q.contractsAfter, { maximumFractionDigits: 4 })}`}</td></tr>
        {action !== 'resize' || !q.closeValue.amount.isZero() ? <tr><th scope="row">Closing brings</th><td>{signed(q.closeValue)}</td></tr> : null}
        {!q.openCost.amount.isZero() ? <tr><th scope="row">Opening costs</th><td>{formatMoneyExact(q.openCost)}</td></tr> : null}
        {q.openUnitPrice !== null && action === 'roll' ? <tr><th scope="row">New contract’s price</th><td>{formatPrice(q.openUnitPrice)}</td></tr> : null}
        {action === 'roll' ? <tr><th scope="row">Price difference</th><td>{signed(q.priceDifference)}</td></tr> : null}
        <tr><th scope="row">Fees</th><td>{formatMoneyExact(q.fees)}</td></tr>
        <tr><th scope="row">Net cash</th><td><strong>{signed(q.netCash)}</strong></td></tr>
      </tbody>
    </table>
  );
}

interface Props {
  readonly record: TrackedHedge;
  readonly quotes: AdjustmentQuotes | null;
  readonly errors: Partial<Record<RecordField, string>>;
  readonly recordLabel: string;
  readonly onChange: (field: TrackedField, value: string) => void;
  readonly onApply: (action: AdjustmentAction) => void;
}

/** The three adjustments, each with its cost, and a button to record it. */
export function AdjustView({ record: r, quotes, errors, recordLabel, onChange, onApply }: Props) {
  const canRoll = r.instrument === 'put' || r.instrument === 'call' || r.instrument === 'futures';
  const actions: readonly AdjustmentAction[] = canRoll ? ['roll', 'resize', 'unwind'] : ['resize', 'unwind'];
  return (
    <div className="tracking-adjust">
      <h4>Adjust, and what it costs</h4>
      <div className="tracking-actions">
        {actions.map((action) => (
          <section key={action} className="tracking-action" aria-label={`${TITLES[action]}: ${recordLabel}`}>
            <h5>{TITLES[action]}</h5>
            {action === 'roll' ? (
              <div className="field-grid">
                <TextField label="New expiry" inputMode="text" hint="YYYY-MM-DD" value={r.rollExpiry} error={errors.rollExpiry} onChange={(v) => onChange('rollExpiry', v)} />
                {r.instrument === 'futures' ? <TextField label="Next contract month’s price" value={r.rollPrice} error={errors.rollPrice} onChange={(v) => onChange('rollPrice', v)} /> : null}
              </div>
            ) : null}
            {quotes ? <QuoteTable action={action} quote={quotes[action]} held={r.contracts} recordLabel={recordLabel} /> : null}
            <button type="button" disabled={!quotes?.[action].ok} onClick={() => onApply(action)}>
              {action === 'roll' ? 'Roll' : action === 'resize' ? 'Re-size' : 'Unwind'}
            </button>
          </section>
        ))}
      </div>
    </div>
  );
}
