/**
 * Hedges over time: the feature's root, loaded lazily below the results. Record a hedge that was
 * put on; with today's prices (the inputs above and a marking date) see its mark-to-market, its
 * effectiveness so far, what is left of its protection, and what rolling, re-sizing or unwinding
 * would cost. The records are saved with the scenario and carried in the share link.
 */
import { useState } from 'react';
import { MAX_TRACKED } from '../../../state/sanitize';
import { selectScenario, useScenarioStore } from '../../../state/store';
import type { Mode, TrackedInstrument } from '../../../state/scenario';
import { SelectField, TextField } from '../../shared/fields';
import { trackingActions } from './actions';
import { newRecordValues } from './new-record';
import { localToday, readDate, RecordMessages } from './read-record';
import { INSTRUMENTS_BY_MODE } from './today-market';
import { TrackedCard } from './TrackedCard';
import './tracking.css';

const INSTRUMENT_LABELS: Readonly<Record<TrackedInstrument, string>> = {
  put: 'Put option',
  call: 'Call option',
  futures: 'Futures',
  forward: 'FX forward',
  swap: 'Interest-rate swap',
};

const MODE_NAMES: Readonly<Record<Mode, string>> = { stock: 'Stock', commodity: 'Commodity', fx: 'Currency', rate: 'Loan rate' };

export default function TrackingPanel() {
  const scenario = useScenarioStore(selectScenario);
  const { setTrackingToday: setToday, addTrackedHedge: add } = trackingActions;
  const mode = scenario.prefs.mode;
  const choices = INSTRUMENTS_BY_MODE[mode];
  const [picked, setPicked] = useState<TrackedInstrument>(choices[0]!);
  const instrument = choices.includes(picked) ? picked : choices[0]!;
  const [status, setStatus] = useState('');
  const { today: todayText, records: all } = scenario.tracking;
  const todayValid = todayText.trim() === '' || readDate(todayText) !== null;
  const today = todayText.trim() === '' || !todayValid ? localToday() : todayText.trim();
  const records = all.filter((r) => r.mode === mode);
  const elsewhere = all.filter((r) => r.mode !== mode);
  const record = () => {
    const id = add(newRecordValues(scenario, mode, instrument, today));
    setStatus(id === null ? `At most ${MAX_TRACKED} hedges can be followed; remove one first.` : `${INSTRUMENT_LABELS[instrument]} recorded: type what was traded (the price paid) below.`);
  };
  return (
    <section className="panel tracking" aria-labelledby="tracking-title">
      <h2 id="tracking-title">Hedges over time</h2>
      <p className="hint">
        Record a hedge you have put on. Later, with today’s prices typed in the inputs above, see what it is worth, how well it has offset the position, what is left of its protection, and what rolling,
        re-sizing or closing it would cost. Records are saved with the scenario and carried in the share link.
      </p>
      <div className="field-grid tracking-controls">
        <TextField
          label="Today (marking date)"
          inputMode="text"
          hint={`YYYY-MM-DD; leave empty for ${localToday()}`}
          value={todayText}
          error={todayValid ? undefined : RecordMessages.date}
          onChange={setToday}
        />
        <SelectField label="Hedge to record" value={instrument} options={choices.map((c) => ({ value: c, label: INSTRUMENT_LABELS[c] }))} onChange={setPicked} />
        <div className="tracking-record">
          <button type="button" onClick={record}>
            Record a hedge
          </button>
        </div>
      </div>
      <p role="status" className="tracking-status">{status}</p>
      {records.length === 0 ? <p>No hedge recorded in this mode yet.</p> : null}
      {records.map((r) => (
        <TrackedCard key={r.id} record={r} scenario={scenario} today={today} />
      ))}
      {elsewhere.length > 0 ? (
        <p className="hint">{`Also recorded: ${[...new Set(elsewhere.map((r) => MODE_NAMES[r.mode]))].join(', ')} mode (${elsewhere.length}); switch mode above to follow them.`}</p>
      ) : null}
    </section>
  );
}
