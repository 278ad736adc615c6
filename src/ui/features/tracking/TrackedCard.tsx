import { useId, useMemo, useState } from 'react';
import { trackHedge } from '../../../engine';
import type { AdjustmentAction } from '../../../engine';
import type { Scenario, TrackedHedge } from '../../../state/scenario';
import type { TrackedField } from '../../../state/tracking-slice';
import { trackingActions } from './actions';
import { AdjustView } from './AdjustView';
import { applyAdjustment } from './apply-adjustment';
import { errorsByField, readRecord } from './read-record';
import { RegressionView } from './RegressionView';
import { TermsFields } from './TermsFields';
import { TrackingFigures } from './TrackingFigures';

const NAMES = { put: 'Put', call: 'Call', futures: 'Futures', forward: 'Forward', swap: 'Swap' } as const;

/** "Put 56, expiring 2026-12-01": how a record is named on screen and to screen readers. */
export function recordLabel(r: TrackedHedge): string {
  const terms = r.instrument === 'futures' ? '' : ` ${r.strike}${r.instrument === 'swap' ? ' %' : ''}`;
  return `${NAMES[r.instrument]}${terms}, ${r.instrument === 'futures' ? 'contract month' : 'expiring'} ${r.expiry || '(no date yet)'}`;
}

/** One followed hedge: its recorded terms, today's figures and the adjustments. */
export function TrackedCard({ record: r, scenario, today }: { readonly record: TrackedHedge; readonly scenario: Scenario; readonly today: string }) {
  const { setTrackedField: setField, updateTrackedHedge: update, removeTrackedHedge: remove } = trackingActions;
  const [status, setStatus] = useState('');
  const titleId = useId();
  const read = useMemo(() => readRecord(scenario, r, today), [scenario, r, today]);
  const tracked = useMemo(() => (read.input ? trackHedge(read.input) : null), [read]);
  const errors = { ...read.errors, ...(tracked && !tracked.ok ? errorsByField(tracked.errors) : {}) };
  const label = recordLabel(r);
  const onChange = (field: TrackedField, value: string) => setField(r.id, field, value);
  const onApply = (action: AdjustmentAction) => {
    const applied = applyAdjustment(r, read, action);
    if (applied.ok) update(r.id, applied.values);
    setStatus(applied.message);
  };
  return (
    <section className="tracking-card" aria-labelledby={titleId}>
      <div className="tracking-card-head">
        <h3 id={titleId}>
          {label}
          {r.closed ? <span className="tracking-closed"> (closed)</span> : null}
        </h3>
        <button type="button" onClick={() => remove(r.id)} aria-label={`Remove the record ${label}`}>
          Remove
        </button>
      </div>
      <TermsFields record={r} currency={read.market?.currency ?? ''} errors={errors} onChange={onChange} />
      {errors.market ? <p className="field-error" role="alert">{errors.market}</p> : null}
      {errors.today ? <p className="field-error">{`Today: ${errors.today}`}</p> : null}
      {tracked?.ok ? (
        <>
          <TrackingFigures t={tracked.value} instrument={r.instrument} itemName={read.market?.itemName ?? 'the hedged item'} />
          {read.input && r.mode === 'stock' ? <RegressionView input={read.input} /> : null}
          {r.mode !== 'stock' ? <p className="hint">Regression test: it runs on a stock’s price history, loaded in the portfolio risk panel of stock mode.</p> : null}
        </>
      ) : null}
      {!r.closed ? (
        <AdjustView record={r} quotes={tracked?.ok ? tracked.value.adjustments : null} errors={errors} recordLabel={label} onChange={onChange} onApply={onApply} />
      ) : null}
      <p role="status" className="tracking-status">{status}</p>
    </section>
  );
}
