import { SelectField, TextField } from '../../shared/fields';
import type { TrackedHedge } from '../../../state/scenario';
import type { TrackedField } from '../../../state/tracking-slice';
import type { RecordField } from './read-record';

const SIDES = {
  put: [{ value: 'long', label: 'Bought (long put)' }, { value: 'short', label: 'Sold (short put)' }],
  call: [{ value: 'long', label: 'Bought (long call)' }, { value: 'short', label: 'Sold (short call)' }],
  futures: [{ value: 'long', label: 'Bought (long futures)' }, { value: 'short', label: 'Sold (short futures)' }],
  forward: [{ value: 'long', label: 'Buy the foreign currency forward' }, { value: 'short', label: 'Sell the foreign currency forward' }],
  swap: [{ value: 'long', label: 'Pay fixed (payer swap)' }, { value: 'short', label: 'Receive fixed (receiver swap)' }],
} as const;

const STRIKE_LABEL = { put: 'Strike', call: 'Strike', forward: 'Contract rate', swap: 'Fixed rate', futures: '' } as const;

interface Props {
  readonly record: TrackedHedge;
  readonly currency: string;
  readonly errors: Partial<Record<RecordField, string>>;
  readonly onChange: (field: TrackedField, value: string) => void;
}

/** The recorded terms of one hedge, each editable, with its message next to it. */
export function TermsFields({ record: r, currency, errors, onChange }: Props) {
  const option = r.instrument === 'put' || r.instrument === 'call';
  const set = (field: TrackedField) => (value: string) => onChange(field, value);
  return (
    <fieldset className="tracking-terms">
      <legend>What was put on</legend>
      <div className="field-grid">
        <SelectField label="Direction" value={r.side} options={SIDES[r.instrument]} onChange={set('side')} />
        <TextField label="Put on" inputMode="text" hint="YYYY-MM-DD" value={r.openedOn} error={errors.openedOn} onChange={set('openedOn')} />
        <TextField label={r.instrument === 'futures' ? 'Contract month (last trading day)' : option ? 'Expiry' : 'Maturity'} inputMode="text" hint="YYYY-MM-DD" value={r.expiry} error={errors.expiry} onChange={set('expiry')} />
        {r.instrument === 'futures' ? null : (
          <TextField label={STRIKE_LABEL[r.instrument]} unit={r.instrument === 'swap' ? '% a year' : undefined} value={r.strike} error={errors.strike} onChange={set('strike')} />
        )}
        <TextField label={r.instrument === 'forward' || r.instrument === 'swap' ? 'Contracts (notional multiples)' : 'Contracts'} value={r.contracts} error={errors.contracts} onChange={set('contracts')} />
        <TextField label="Contract size" unit={r.instrument === 'futures' ? `${currency} per 1.00 of price` : 'units'} value={r.contractSize} error={errors.contractSize} onChange={set('contractSize')} />
        {option || r.instrument === 'futures' ? (
          <TextField label={option ? 'Premium paid' : 'Futures price traded'} unit={option ? `${currency} per unit` : undefined} value={r.price} error={errors.price} onChange={set('price')} />
        ) : null}
        <TextField label="Fees" unit={`${currency} per contract per trade`} value={r.fees} error={errors.fees} onChange={set('fees')} />
        <TextField label="Hedged item’s price then" value={r.itemPrice} error={errors.itemPrice} onChange={set('itemPrice')} />
        <TextField label="Hedged item’s size then" unit="signed; − = short or owed" value={r.itemQuantity} error={errors.itemQuantity} onChange={set('itemQuantity')} />
        <TextField label="Realized so far" unit={currency} hint="Rolls and re-sizes add to it" value={r.realized} error={errors.realized} onChange={set('realized')} />
      </div>
    </fieldset>
  );
}
